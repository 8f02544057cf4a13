using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Spp.Gateway.Forwarder;
using Spp.Gateway.Routing;
using Spp.Gateway.Tenancy;
using Spp.ServiceDefaults;

namespace Spp.Gateway.Health;

/// <summary>
/// Ready when the service that owns tenants answers its liveness probe on at least one destination;
/// without it no tenant request can be admitted. In-process, it is this process, so it is ready.
/// </summary>
internal sealed class TenantStoreHealthCheck(RouteTableProvider routes, ForwarderHttpClient client, IOptions<TenantDirectoryOptions> options) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var clusterId = options.Value.ClusterId;
        if (!routes.Current.Clusters.TryGetValue(clusterId, out var cluster))
        {
            return HealthCheckResult.Unhealthy($"Cluster '{clusterId}' is not configured.");
        }

        if (cluster.IsInProcess)
        {
            return HealthCheckResult.Healthy("In process.");
        }

        foreach (var destination in cluster.Destinations)
        {
            if (await AnswersAsync(destination, cancellationToken))
            {
                return HealthCheckResult.Healthy($"'{clusterId}' answers at {destination.Name}.");
            }
        }

        return HealthCheckResult.Unhealthy($"No destination of '{clusterId}' answers {HealthEndpoints.LivePath}.");
    }

    private async Task<bool> AnswersAsync(Destination destination, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, DestinationUris.Combine(destination.Address, HealthEndpoints.LivePath, QueryString.Empty));
        try
        {
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
