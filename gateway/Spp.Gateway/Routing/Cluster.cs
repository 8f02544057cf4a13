using Spp.Gateway.LoadBalancing;

namespace Spp.Gateway.Routing;

/// <summary>A cluster as compiled from configuration.</summary>
internal sealed class Cluster(string id, IReadOnlyList<Destination> destinations)
{
    public string Id { get; } = id;

    public IReadOnlyList<Destination> Destinations { get; } = destinations;

    /// <summary>The round-robin position; it lives with the compiled cluster, so a reload starts afresh.</summary>
    public RoundRobinCounter RoundRobin { get; } = new();

    /// <summary>True when the cluster is served in-process (validation keeps a cluster all one kind).</summary>
    public bool IsInProcess => Destinations[0].IsInProcess;
}
