using MassTransit;
using Spp.Messaging;
using Spp.Messaging.Inbox;
using Spp.Reporting.Api;
using Spp.Reporting.Tenants;
using Spp.Storage;
using Spp.Tenancy.Tokens;

namespace Spp.Reporting;

/// <summary>Composition of the reporting service, used by its own host and by the all-in-one.</summary>
public static class ReportingExtensions
{
    /// <summary>The service's name in tokens, telemetry and settings.</summary>
    public const string ServiceName = "reporting";

    /// <summary>Adds the reporting database, its projections' tables and the inbox, and API auth.</summary>
    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(ReportingDatabase.Name, (name, cs) => new ReportingDatabase(name, cs));
        builder.Services.AddEventInbox<ReportingDatabase>();
        builder.Services.AddMigrations<ReportingDatabase>(TenantSummaryMigrations.Set);
        builder.Services.AddInternalTokenAuthentication(builder.Configuration, ServiceName);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>Adds the reporting consumers to the bus.</summary>
    public static void AddReportingConsumers(IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<TenantSummaryProjection>();
    }

    /// <summary>Maps the reporting routes.</summary>
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapTenantSummaryApiV1();
        return app;
    }

    /// <summary>Adds the reporting service with its own bus, as its own process runs it.</summary>
    public static IHostApplicationBuilder AddReportingService(this IHostApplicationBuilder builder)
    {
        builder.AddReportingServices();
        builder.AddPlatformMessaging(AddReportingConsumers);
        return builder;
    }
}
