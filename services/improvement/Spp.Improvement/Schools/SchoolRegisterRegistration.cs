using Spp.Grains.Hosting;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools.Imports;
using Spp.Storage;

namespace Spp.Improvement.Schools;

/// <summary>Composition of the national school register, its imports and enrolments.</summary>
public static class SchoolRegisterRegistration
{
    /// <summary>Adds the school, enrolment and import grains, the import worker and the register search.</summary>
    public static IServiceCollection AddSchoolRegister(this IServiceCollection services)
    {
        services.AddOptions<SchoolImportOptions>().BindConfiguration("SchoolImports");
        services.AddMigrations<ImprovementDatabase>(SchoolRegisterMigrations.Set);
        services.AddSingleton<SchoolImportQueue>();
        services.AddSingleton<SchoolImportRun>();
        services.AddSingleton<SchoolRegisterSearch>();
        services.AddHostedService<SchoolImportWorker>();
        services.AddHostedService<SchoolImportSweeper>();
        return services
            .AddGrain<ISchoolGrain, SchoolGrain>()
            .AddGrain<IEnrolmentGrain, EnrolmentGrain>()
            .AddGrain<ITenantEnrolmentsGrain, TenantEnrolmentsGrain>()
            .AddGrain<ISchoolImportGrain, SchoolImportGrain>();
    }
}
