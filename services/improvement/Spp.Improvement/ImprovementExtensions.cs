using Spp.Improvement.Indexes;
using System.Text.Json.Serialization;
using Spp.Grains.Hosting;
using Spp.Improvement.Actions;
using Spp.Improvement.Api;
using Spp.Improvement.Attachments;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enquiry;
using Spp.Improvement.Hosts;
using Spp.Improvement.Invitations;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Policies;
using Spp.Improvement.Retention;
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
            .AddGrain<IRoundGrain, RoundGrain>()
            .AddSchoolRegister()
            .AddActionPlans()
            .AddGrain<IEnquiryBankGrain, EnquiryBankGrain>()
            .AddGrain<IRetentionPolicyGrain, RetentionPolicyGrain>()
            .AddGrain<IClosedCycleIndexGrain, ClosedCycleIndexGrain>();
        builder.Services.Configure<RotaOptions>(builder.Configuration.GetSection(RotaOptions.Section));
        builder.Services.AddSingleton<SignInResolver>();
        builder.AddEvidenceAttachments();
        builder.AddEvidenceRetention();
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

    /// <summary>Maps the improvement service's public and internal routes; every grain call they make is attributed to the caller.</summary>
    public static IEndpointRouteBuilder MapImprovementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(string.Empty).AddEndpointFilter<ActingPersonFilter>();
        api.MapPlatformTenantsApiV1();
        api.MapInternalTenantsApi();
        api.MapAuditApiV1();
        api.MapSignInApi();
        api.MapHostsApiV1();
        api.MapInvitationsApiV1();
        api.MapMembersApiV1();
        api.MapPeopleApiV1();
        api.MapWhatsNextApiV1();
        api.MapSchoolsApiV1();
        api.MapSchoolImportsApiV1();
        api.MapEnrolmentsApiV1();
        api.MapPartnershipsApiV1();
        api.MapRoundsApiV1();
        api.MapActionPlansApiV1();
        api.MapEnquiryFrameworkApiV1();
        api.MapAttachmentsApiV1();
        api.MapRetentionPolicyApiV1();
        api.MapCyclesApiV1();
        api.MapPoliciesApiV1();
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
