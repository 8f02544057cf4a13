using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spp.Gateway.Routing;

namespace Spp.Gateway.Health;

/// <summary>Ready when routes and clusters are loaded; degraded (still serving the last good routes) after a rejected reload.</summary>
internal sealed class GatewayConfigHealthCheck(RouteTableProvider routes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var table = routes.Current;
        var summary = $"{table.Routes.Count} routes, {table.Clusters.Count} clusters";
        return Task.FromResult(routes.RejectedReload is { } rejected
            ? HealthCheckResult.Degraded($"{summary}; the latest configuration was rejected: {rejected}")
            : table.Routes.Count > 0 ? HealthCheckResult.Healthy(summary) : HealthCheckResult.Unhealthy("No routes are loaded."));
    }
}
