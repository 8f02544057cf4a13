namespace Spp.Gateway.Configuration;

/// <summary>A set of interchangeable destinations; requests are spread across them round-robin.</summary>
public sealed record ClusterConfig
{
    /// <summary>Destinations by name.</summary>
    public IReadOnlyDictionary<string, DestinationConfig> Destinations { get; init; } = new Dictionary<string, DestinationConfig>();
}
