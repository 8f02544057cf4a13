namespace Spp.Gateway.Configuration;

/// <summary>
/// The routing table, section <c>ReverseProxy</c>, shaped like YARP's: routes name a cluster,
/// clusters list destinations. Reloadable: a valid change applies to the next request.
/// </summary>
public sealed record ReverseProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ReverseProxy";

    /// <summary>Routes by id.</summary>
    public IReadOnlyDictionary<string, RouteConfig> Routes { get; init; } = new Dictionary<string, RouteConfig>();

    /// <summary>Clusters by id.</summary>
    public IReadOnlyDictionary<string, ClusterConfig> Clusters { get; init; } = new Dictionary<string, ClusterConfig>();
}
