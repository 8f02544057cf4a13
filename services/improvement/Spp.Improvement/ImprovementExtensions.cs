using System.Text.Json.Serialization;
using Spp.Grains.Hosting;
using Spp.Improvement.Actions;
using Spp.Improvement.Api;
using Spp.Improvement.Cycles;
using Spp.Improvement.Hosts;
using Spp.Improvement.Invitations;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Policies;
using Spp.Improvement.Rounds;
using Spp.Improvement.Schools;
using Spp.Improvement.Tenants;
using Spp.Messaging;
using Spp.ServiceDefaults.Telemetry;
using Spp.Storage;
using Spp.Tenancy.Tokens;

namespace Spp.Improvement;

/// <summary>Composition of the improvement service, used by its own host and by the all-in-one.</summary>
public static class ImprovementExtensions
{
    /// <summary>The service's name in tokens, telemetry and settings.</summary>
    public const string ServiceName = "improvement";

    /// <summary>Adds the domain: the service's database, the grain runtime and its grains.</summary>
    public static IHostApplicationBuilder AddImprovementDomain(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(ImprovementDatabase.Name, (name, cs) => new ImprovementDatabase(name, cs));
        builder.Services.AddGrainRuntime<ImprovementDatabase>(builder.Configuration)
            .AddGrain<ITenantGrain, TenantGrain>()
            .AddGrain<ITenantSlugGrain, TenantSlugGrain>()
            .AddGrain<IReviewCycleGrain, ReviewCycleGrain>()
            .AddGrain<ITenantPolicyGrain, TenantPolicyGrain>()
            .AddGrain<IPersonGrain, PersonGrain>()
            .AddGrain<IPersonByEmailGrain, PersonByEmailGrain>()
            .AddGrain<IIdentityLinkGrain, IdentityLinkGrain>()
            .AddGrain<IIdIndexGrain, IdIndexGrain>()
            .AddGrain<IInvitationGrain, InvitationGrain>()
            .AddGrain<IHostGrain, HostGrain>()
            .AddGrain<IPartnershipGrain, PartnershipGrain>()
            .AddGrain<IPartnershipIndexGrain, PartnershipIndexGrain>()
            .AddGrain<IRoundGrain, RoundGrain>()
            .AddGrain<IRoundIndexGrain, RoundIndexGrain>()
            .AddSchoolRegister()
            .AddActionPlans();
        builder.Services.Configure<RotaOptions>(builder.Configuration.GetSection(RotaOptions.Section));
        builder.Services.AddSingleton<SignInResolver>();
        builder.Services.AddSppTelemetrySource("Spp.Improvement");
        return builder;
    }

    /// <summary>Adds the improvement service: its domain and what its API needs (token authentication, policies, problem mapping).</summary>
    public static IHostApplicationBuilder AddImprovementServices(this IHostApplicationBuilder builder)
    {
        builder.AddImprovementDomain();
        builder.Services.AddInternalTokenAuthentication(builder.Configuration, ServiceName);
        builder.Services.AddAuthorization(ImprovementPolicies.Add);
        builder.Services.AddExceptionHandler<GrainProblemHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>Adds the improvement service's consumers to the bus (none yet; it only publishes).</summary>
    public static void AddImprovementConsumers(MassTransit.IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
    }

    /// <summary>Maps the improvement service's public and internal routes.</summary>
    public static IEndpointRouteBuilder MapImprovementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPlatformTenantsApiV1();
        app.MapInternalTenantsApi();
        app.MapSignInApi();
        app.MapHostsApiV1();
        app.MapInvitationsApiV1();
        app.MapMembersApiV1();
        app.MapPeopleApiV1();
        app.MapCyclesApiV1();
        app.MapPoliciesApiV1();
        app.MapPartnershipsApiV1();
        app.MapRoundsApiV1();
        app.MapActionPlansApiV1();
        return app;
    }

    /// <summary>Adds the improvement service with its own bus, as its own process runs it.</summary>
    public static IHostApplicationBuilder AddImprovementService(this IHostApplicationBuilder builder)
    {
        builder.AddImprovementServices();
        builder.AddPlatformMessaging(AddImprovementConsumers);
        return builder;
    }
}
