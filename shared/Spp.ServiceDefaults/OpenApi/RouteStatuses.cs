using Microsoft.AspNetCore.Http.Metadata;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Every status a route can answer, from its metadata and the API conventions.</summary>
public static class RouteStatuses
{
    /// <summary>
    /// The statuses of a route with <paramref name="metadata"/>: what its results declare, what its
    /// conventions add, and the problems every route can answer (<see cref="ProblemResponses.Always"/>,
    /// plus 401/403 when it needs a signed-in caller and 413 when it takes a body).
    /// </summary>
    public static IReadOnlyList<int> Of(IEnumerable<object> metadata, bool signedIn, bool takesBody)
    {
        var items = metadata.ToList();
        var statuses = new SortedSet<int>(items.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode));
        statuses.UnionWith(items.OfType<ApiConventionMetadata>().SelectMany(c => c.ProblemStatuses));
        statuses.UnionWith(ProblemResponses.Always);
        if (signedIn)
        {
            statuses.UnionWith(ProblemResponses.WhenSignedIn);
        }

        if (takesBody)
        {
            statuses.UnionWith(ProblemResponses.WhenBody);
        }

        return [.. statuses];
    }
}
