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

    /// <summary>
    /// The largest request body the route accepts, in bytes (YARP's route setting of the same name);
    /// larger bodies are refused with 413 before or while forwarding. Not set: <see cref="DefaultMaxRequestBodySize"/>.
    /// </summary>
    public long? MaxRequestBodySize { get; init; }

    /// <summary>The body limit of routes that set none: 1 MB, as the API conventions fix it.</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;
}
