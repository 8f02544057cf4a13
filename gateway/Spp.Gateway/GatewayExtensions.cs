using MassTransit;
using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;
using Spp.Gateway.Forwarder;
using Spp.Gateway.Health;
using Spp.Gateway.Identity;
using Spp.Gateway.OpenApi;
using Spp.Gateway.Pipeline;
using Spp.Gateway.Routing;
using Spp.Gateway.Tenancy;
using Spp.Messaging;
using Spp.ServiceDefaults;
using Spp.ServiceDefaults.Telemetry;

namespace Spp.Gateway;

/// <summary>
/// The gateway as a component: the gateway process and the all-in-one host compose it the same way,
/// <c>AddGateway()</c> on the builder and <c>UseGateway()</c> on the app.
/// </summary>
public static class GatewayExtensions
{
    /// <summary>
    /// Adds the gateway with its own bus, as the gateway process runs it:
    /// <see cref="AddGatewayServices"/> and <c>AddPlatformMessaging</c> with <see cref="AddGatewayConsumers"/>.
    /// Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayServices();
        builder.AddPlatformMessaging(AddGatewayConsumers);
        return builder;
    }

    /// <summary>
    /// Adds the gateway's consumers to a bus: the tenant directory's invalidation, on a temporary
    /// endpoint of its own per instance so every gateway instance hears every tenant event.
    /// </summary>
    public static void AddGatewayConsumers(IBusRegistrationConfigurator bus) => TenantDirectoryInvalidationEndpoint.Register(bus);

    /// <summary>
    /// Adds the gateway without a bus (a host sharing one bus adds <see cref="AddGatewayConsumers"/> to it):
    /// configuration defaults (<c>gateway.settings.json</c>, beneath every other source), routing,
    /// tenant directory, external authentication, internal token issuer, forwarders and readiness
    /// checks (<c>gateway-config</c>, <c>tenant-store</c>).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        GatewayDefaults.AddTo(builder.Configuration);
        var services = builder.Services;
        services.AddSppTelemetrySource(GatewayTelemetry.SourceName);

        services.AddOptions<GatewayOptions>().Bind(builder.Configuration.GetSection(GatewayOptions.SectionName));
        services.AddOptions<ReverseProxyOptions>().Bind(builder.Configuration.GetSection(ReverseProxyOptions.SectionName));
        services.AddSingleton<RouteTableProvider>();

        services.AddGatewayTenancy(builder.Configuration);
        services.AddExternalAuthentication(builder.Configuration);
        services.AddAuthorization();

        services.AddSingleton<ForwarderHttpClient>();
        services.AddSingleton<InProcessPipeline>();
        services.AddSingleton<DestinationInvokers>();
        services.AddSingleton<HttpRequestForwarder>();
        services.AddSingleton<InProcessForwarder>();
        services.AddSingleton<ForwardingDispatcher>();
        services.AddPublicApiDocument(builder.Configuration);

        services.AddHealthChecks()
            .AddCheck<GatewayConfigHealthCheck>("gateway-config", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<TenantStoreHealthCheck>("tenant-store", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Puts the gateway in the pipeline, followed by routing, authentication and authorization so
    /// that endpoints mapped in the same process (the all-in-one) are chosen and authenticated on
    /// the request as the gateway rewrote it. Fails here, naming the setting, if the routes are invalid.
    /// </summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var routes = app.Services.GetRequiredService<RouteTableProvider>();
        var directory = app.Services.GetRequiredService<IOptions<TenantDirectoryOptions>>().Value;
        if (!routes.Current.Clusters.ContainsKey(directory.ClusterId))
        {
            throw SettingMessages.Invalid($"{TenantDirectoryOptions.SectionName}:ClusterId", $"names cluster '{directory.ClusterId}', which is not configured under {ReverseProxyOptions.SectionName}:Clusters");
        }

        app.UseMiddleware<PublicDocumentMiddleware>();
        app.UseMiddleware<GatewayMiddleware>();
        var pipeline = app.Services.GetRequiredService<InProcessPipeline>();
        app.Use(next =>
        {
            pipeline.Capture(next);
            return next;
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
