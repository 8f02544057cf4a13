namespace Spp.Gateway.Routing;

/// <summary>The route a request matched and the path the service will see.</summary>
internal sealed record RouteMatch(Route Route, PathString DownstreamPath);
