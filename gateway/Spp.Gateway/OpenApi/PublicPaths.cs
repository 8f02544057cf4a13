using Spp.Gateway.Configuration;
using Spp.Gateway.Routing;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// Works out, from the gateway's own routes, where a service path is published: the public path
/// whose request the gateway would forward to this cluster at exactly this path. Outside a tenant
/// wins when both would (e.g. <c>/api/v1/platform/...</c>, which the tenant catch-all also matches).
/// </summary>
internal static class PublicPaths
{
    public static PublicPath? Find(RouteTable routes, ReverseProxyOptions settings, string clusterId, string servicePath)
    {
        var candidates = Candidates(routes, settings, clusterId, servicePath).Distinct(StringComparer.Ordinal).ToList();
        foreach (var namesTenant in new[] { false, true })
        {
            foreach (var candidate in candidates)
            {
                if (routes.Match(new PathString(candidate), namesTenant) is { } match
                    && string.Equals(match.Route.Cluster.Id, clusterId, StringComparison.OrdinalIgnoreCase)
                    && match.DownstreamPath == new PathString(servicePath))
                {
                    return new PublicPath(candidate, namesTenant);
                }
            }
        }

        return null;
    }

    /// <summary>The path itself, and for each route that rewrites to a prefix, the public path it would rewrite to this one.</summary>
    private static IEnumerable<string> Candidates(RouteTable routes, ReverseProxyOptions settings, string clusterId, string servicePath)
    {
        yield return servicePath;
        foreach (var route in routes.Routes.Where(r => string.Equals(r.Cluster.Id, clusterId, StringComparison.OrdinalIgnoreCase)))
        {
            if (settings.Routes.GetValueOrDefault(route.Id) is not { DownstreamPathPrefix: { } prefix, Match.Path: { } template })
            {
                continue;
            }

            var catchAll = template.IndexOf("{**", StringComparison.Ordinal);
            if (catchAll >= 0 && servicePath.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                yield return template[..catchAll] + servicePath[(prefix.Length + 1)..];
            }
        }
    }
}
