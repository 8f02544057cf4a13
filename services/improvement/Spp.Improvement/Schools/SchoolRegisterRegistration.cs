using Spp.Grains.Hosting;
using Spp.Improvement.Enrolments;

namespace Spp.Improvement.Schools;

/// <summary>Composition of the national school register and enrolments.</summary>
public static class SchoolRegisterRegistration
{
    /// <summary>Adds the school and enrolment grains.</summary>
    public static IServiceCollection AddSchoolRegister(this IServiceCollection services) =>
        services
            .AddGrain<ISchoolGrain, SchoolGrain>()
            .AddGrain<IEnrolmentGrain, EnrolmentGrain>()
            .AddGrain<ITenantEnrolmentsGrain, TenantEnrolmentsGrain>();
}
