using Spp.Gateway.Routing;

namespace Spp.Gateway.LoadBalancing;

/// <summary>
/// Spreads requests evenly over a cluster's destinations in turn. Destination health is left to
/// the platform (Kubernetes removes unready pods from the service), so every listed destination is used.
/// </summary>
internal static class RoundRobinLoadBalancer
{
    public static Destination Pick(Cluster cluster) =>
        cluster.Destinations[cluster.RoundRobin.Next(cluster.Destinations.Count)];
}
