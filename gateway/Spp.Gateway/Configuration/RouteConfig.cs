namespace Spp.Gateway.Configuration;

/// <summary>One route: which requests it takes and which cluster serves them.</summary>
public sealed record RouteConfig
{
    /// <summary>The cluster that serves the route.</summary>
    public string? ClusterId { get; init; }

    /// <summary>Which requests the route takes.</summary>
    public RouteMatchConfig? Match { get; init; }

    /// <summary>Breaks ties between equally specific paths; lower first.</summary>
    public int Order { get; init; }

    /// <summary>
    /// When set (e.g. <c>/api/v1</c>), the downstream path is this prefix, a slash and the value of
    /// the path's catch-all parameter; when not set, the downstream path is the tenant-relative path.
    /// </summary>
    public string? DownstreamPathPrefix { get; init; }
}
