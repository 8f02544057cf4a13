using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Spp.Contracts.Identity;

namespace Spp.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the tenant on the request's span and log scope, and adds <c>http.route</c>, which the
/// built-in server activity lacks without the instrumentation package.
/// </summary>
internal sealed class RequestTelemetryMiddleware(RequestDelegate next, ILogger<RequestTelemetryMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var activity = Activity.Current;
        context.Response.OnStarting(() =>
        {
            if (context.GetEndpoint() is RouteEndpoint endpoint)
            {
                activity?.SetTag("http.route", endpoint.RoutePattern.RawText);
            }

            return Task.CompletedTask;
        });

        var tenantId = context.User.FindFirst(PlatformClaims.TenantId)?.Value;
        if (tenantId is null)
        {
            await next(context);
            return;
        }

        activity?.SetTag("spp.tenant_id", tenantId);
        using (logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenantId }))
        {
            await next(context);
        }
    }
}
