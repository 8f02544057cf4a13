using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Authorization.Support;

/// <summary>A public route as the service maps it: the HTTP method and the route pattern exactly as written.</summary>
internal sealed record MappedRoute(string Method, string Pattern)
{
    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}

/// <summary>
/// The public routes the running improvement service actually maps, read from its endpoint data
/// source. Internal (service-to-service) and health routes are not public and are left out.
/// </summary>
internal static class MappedRoutes
{
    private static readonly string[] NonPublicPrefixes = ["/internal/", "/health/"];

    public static IReadOnlyList<MappedRoute> Of(ImprovementHost host) =>
        [.. host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => new MappedRoute(method, Normalise(endpoint.RoutePattern.RawText ?? ""))))
            .Where(route => !NonPublicPrefixes.Any(prefix => route.Pattern.StartsWith(prefix, StringComparison.Ordinal)))
            .Distinct()
            .OrderBy(route => route.Pattern, StringComparer.Ordinal)
            .ThenBy(route => route.Method, StringComparer.Ordinal)];

    /// <summary>Group prefixes join with a trailing slash ("/api/v1/audit/"); the matrix writes the route as it is called.</summary>
    private static string Normalise(string pattern)
    {
        var rooted = pattern.StartsWith('/') ? pattern : "/" + pattern;
        return rooted.Length > 1 ? rooted.TrimEnd('/') : rooted;
    }
}
