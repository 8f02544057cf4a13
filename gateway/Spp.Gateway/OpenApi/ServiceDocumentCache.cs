using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Spp.Gateway.Routing;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// The services' documents, each kept for <see cref="PublicDocumentOptions.CacheDuration"/>. A failed
/// refresh keeps the previous copy and is retried on the next request; a cluster never fetched
/// successfully makes the public document unavailable rather than silently incomplete.
/// </summary>
internal sealed partial class ServiceDocumentCache(
    ServiceDocumentClient client,
    TimeProvider time,
    IOptions<PublicDocumentOptions> options,
    ILogger<ServiceDocumentCache> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, (ServiceDocument Document, DateTimeOffset FetchedAt)> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    /// <summary>The documents of every cluster that a route publishes.</summary>
    public async Task<IReadOnlyList<ServiceDocument>> GetAsync(RouteTable routes, CancellationToken cancellationToken)
    {
        var clusters = routes.Routes.Select(r => r.Cluster).DistinctBy(c => c.Id, StringComparer.OrdinalIgnoreCase).ToList();
        if (clusters.Any(Stale))
        {
            // One refresh at a time: concurrent readers wait for it rather than fetch the same documents again.
            await _refresh.WaitAsync(cancellationToken);
            try
            {
                await Task.WhenAll(clusters.Where(Stale).Select(c => RefreshAsync(c, cancellationToken)));
            }
            finally
            {
                _refresh.Release();
            }
        }

        var missing = clusters.Where(c => !_documents.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        return missing.Count > 0
            ? throw new ServiceDocumentUnavailableException($"No OpenAPI document yet from: {string.Join(", ", missing)}.")
            : [.. clusters.Select(c => _documents[c.Id].Document)];
    }

    public void Dispose() => _refresh.Dispose();

    private bool Stale(Cluster cluster) =>
        !_documents.TryGetValue(cluster.Id, out var entry) || time.GetUtcNow() - entry.FetchedAt >= options.Value.CacheDuration;

    private async Task RefreshAsync(Cluster cluster, CancellationToken cancellationToken)
    {
        try
        {
            var document = await client.FetchAsync(cluster, cancellationToken);
            _documents[cluster.Id] = (document, time.GetUtcNow());
        }
        catch (ServiceDocumentUnavailableException ex)
        {
            LogFetchFailed(logger, cluster.Id, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenAPI document of cluster {ClusterId} could not be fetched; an earlier copy, if any, stays in use")]
    private static partial void LogFetchFailed(ILogger logger, string clusterId, Exception exception);
}
