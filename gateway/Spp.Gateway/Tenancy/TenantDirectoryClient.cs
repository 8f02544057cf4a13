using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;
using Spp.Gateway.Forwarder;
using Spp.Gateway.Identity;
using Spp.Gateway.LoadBalancing;
using Spp.Gateway.Routing;
using Spp.Tenancy;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// Asks the service that owns tenants for one slug, over <c>GET /internal/tenants/by-slug/{slug}</c>
/// with a service-to-service token (subject "gateway", audience the owning cluster).
/// </summary>
internal sealed class TenantDirectoryClient(
    RouteTableProvider routes,
    DestinationInvokers invokers,
    InternalTokenIssuer tokens,
    IOptions<TenantDirectoryOptions> options) : ITenantLookup
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TenantInfo?> FetchAsync(string slug, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!routes.Current.Clusters.TryGetValue(settings.ClusterId, out var cluster))
        {
            throw new TenantStoreUnavailableException($"The tenant directory's cluster '{settings.ClusterId}' is not configured.");
        }

        var destination = RoundRobinLoadBalancer.Pick(cluster);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.LookupTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, DestinationUris.Combine(destination.Address, $"/internal/tenants/by-slug/{slug}", QueryString.Empty));
        request.Headers.Add(InternalToken.HeaderName, tokens.IssueForService(GatewayIdentity.ServiceName, cluster.Id));
        try
        {
            using var response = await invokers.For(destination).SendAsync(request, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new TenantStoreUnavailableException($"The tenant directory answered {(int)response.StatusCode} for '{slug}'.");
            }

            var entry = await JsonSerializer.DeserializeAsync<TenantDirectoryEntry>(await response.Content.ReadAsStreamAsync(timeout.Token), Json, timeout.Token);
            return ToTenant(entry, slug);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TenantStoreUnavailableException($"The tenant directory did not answer within {settings.LookupTimeout}.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or IOException)
        {
            throw new TenantStoreUnavailableException($"The tenant directory could not be read for '{slug}'.", ex);
        }
    }

    private static TenantInfo ToTenant(TenantDirectoryEntry? entry, string slug)
    {
        // An unknown status fails closed (503), rather than letting a tenant of a newer kind through.
        if (entry is null || entry.Id == Guid.Empty || !Enum.TryParse<TenantStatus>(entry.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            throw new TenantStoreUnavailableException($"The tenant directory's answer for '{slug}' is not a tenant entry.");
        }

        return new TenantInfo(entry.Id, entry.Slug ?? slug, entry.Name ?? slug, status);
    }
}
