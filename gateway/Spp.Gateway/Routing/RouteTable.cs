using Spp.Gateway.Configuration;

namespace Spp.Gateway.Routing;

/// <summary>An immutable, compiled snapshot of the routing configuration.</summary>
internal sealed class RouteTable(IReadOnlyList<Route> routes, IReadOnlyDictionary<string, Cluster> clusters)
{
    /// <summary>Routes in matching order: explicit order, then most specific path, then id.</summary>
    public IReadOnlyList<Route> Routes { get; } = [.. routes.OrderBy(r => r.Order).ThenBy(r => r.Precedence).ThenBy(r => r.Id, StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, Cluster> Clusters { get; } = clusters;

    /// <summary>The first route for <paramref name="relativePath"/> whose tenancy fits, or <see langword="null"/>.</summary>
    public RouteMatch? Match(PathString relativePath, bool namesTenant)
    {
        var wanted = namesTenant ? RouteTenancy.Required : RouteTenancy.None;
        foreach (var route in Routes)
        {
            if (route.Tenancy == wanted && route.TryMatch(relativePath) is { } downstream)
            {
                return new RouteMatch(route, downstream);
            }
        }

        return null;
    }
}
