using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Spp.Gateway.Configuration;

namespace Spp.Gateway.Routing;

/// <summary>A route as compiled from configuration.</summary>
internal sealed class Route(string id, RouteTemplate template, RouteTenancy tenancy, Cluster cluster, int order, PathString? downstreamPathPrefix, long maxRequestBodySize)
{
    private readonly TemplateMatcher _matcher = new(template, new RouteValueDictionary());
    private readonly string? _catchAll = template.Parameters.FirstOrDefault(p => p.IsCatchAll)?.Name;

    public string Id { get; } = id;

    public RouteTenancy Tenancy { get; } = tenancy;

    public Cluster Cluster { get; } = cluster;

    public int Order { get; } = order;

    /// <summary>The largest request body forwarded on this route, in bytes.</summary>
    public long MaxRequestBodySize { get; } = maxRequestBodySize;

    /// <summary>ASP.NET Core's inbound precedence: lower is more specific (literal segments before parameters before catch-alls).</summary>
    public decimal Precedence { get; } = RoutePrecedence.ComputeInbound(template);

    /// <summary>The downstream path for <paramref name="relativePath"/>, or <see langword="null"/> when the route does not match it.</summary>
    public PathString? TryMatch(PathString relativePath)
    {
        var values = new RouteValueDictionary();
        if (!_matcher.TryMatch(relativePath, values))
        {
            return null;
        }

        if (downstreamPathPrefix is not { } prefix || _catchAll is null)
        {
            return relativePath;
        }

        var rest = values[_catchAll]?.ToString();
        return string.IsNullOrEmpty(rest) ? prefix : prefix.Add(new PathString("/" + rest));
    }
}
