using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.ServiceDefaults.Health;
using Spp.ServiceDefaults.OpenApi;
using Spp.ServiceDefaults.Problems;
using Spp.ServiceDefaults.Telemetry;

namespace Spp.ServiceDefaults;

/// <summary>Composition shared by every SPP process (as eShop's ServiceDefaults).</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Adds telemetry, health checks, problem details, the OpenAPI document and structured logging for <paramref name="serviceName"/>.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddPlatformTelemetry(serviceName);
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });
        // "Request starting …" (hosting) and "Proxying to …" (the gateway's forwarder) write the whole
        // URL at Information, query string included; queries may carry search terms about people,
        // so those lines are kept out of the logs. Request telemetry names the route pattern instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        builder.Services.AddHealthChecks();
        builder.Services.AddPlatformProblemDetails();
        builder.AddPlatformOpenApi(serviceName);
        // 1 MB unless a route raises it (uploads and imports stream up to 200 MB); more is a 413.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 1024 * 1024);
        return builder;
    }

    /// <summary>Error handling that always answers with problem+json.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UsePlatformProblemDetails();
        return app;
    }

    /// <summary>
    /// The request pipeline of a service process: problem details, internal-token authentication,
    /// request telemetry, authorization, the health endpoints and the service's OpenAPI document. The
    /// service maps its own routes after.
    /// </summary>
    public static WebApplication UseServicePipeline(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.UseAuthentication();
        app.UseRequestTelemetry();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapPlatformOpenApi();
        return app;
    }

    /// <summary>Tags the request's span and log scope with the caller's tenant; call after authentication.</summary>
    public static IApplicationBuilder UseRequestTelemetry(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestTelemetryMiddleware>();

    /// <summary>Maps <see cref="HealthEndpoints.LivePath"/> and <see cref="HealthEndpoints.ReadyPath"/> in every environment.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Liveness runs no checks: a process that answers is alive; dependencies decide readiness only.
        app.MapHealthChecks(HealthEndpoints.LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).DisableHttpMetrics();
        app.MapHealthChecks(HealthEndpoints.ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthEndpoints.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).DisableHttpMetrics();
        return app;
    }
}
