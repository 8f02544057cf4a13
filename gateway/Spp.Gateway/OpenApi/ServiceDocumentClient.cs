using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Spp.Gateway.Forwarder;
using Spp.Gateway.LoadBalancing;
using Spp.Gateway.Routing;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Gateway.OpenApi;

/// <summary>Fetches a cluster's own document (<c>GET /openapi/v1.json</c> on one of its destinations, in process or over the network).</summary>
internal sealed class ServiceDocumentClient(DestinationInvokers invokers, IOptions<PublicDocumentOptions> options)
{
    /// <summary>The cluster's document; throws <see cref="ServiceDocumentUnavailableException"/> when it cannot be had.</summary>
    public async Task<ServiceDocument> FetchAsync(Cluster cluster, CancellationToken cancellationToken)
    {
        var destination = RoundRobinLoadBalancer.Pick(cluster);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.FetchTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, DestinationUris.Combine(destination.Address, PlatformApiInfo.DocumentPath, QueryString.Empty));
        try
        {
            using var response = await invokers.For(destination).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new ServiceDocumentUnavailableException($"Cluster '{cluster.Id}' answered {(int)response.StatusCode} for its OpenAPI document.");
            }

            var node = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token);
            return node is JsonObject document
                ? new ServiceDocument(cluster.Id, document)
                : throw new ServiceDocumentUnavailableException($"Cluster '{cluster.Id}' answered something other than an OpenAPI document.");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServiceDocumentUnavailableException($"Cluster '{cluster.Id}' did not send its OpenAPI document within {options.Value.FetchTimeout}.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or IOException)
        {
            throw new ServiceDocumentUnavailableException($"Cluster '{cluster.Id}''s OpenAPI document could not be read.", ex);
        }
    }
}
