namespace Spp.Gateway.Configuration;

/// <summary>What a route matches.</summary>
public sealed record RouteMatchConfig
{
    /// <summary>
    /// A route template over the tenant-relative path, e.g. <c>/api/v1/{**rest}</c>: for
    /// <c>/t/acme/api/v1/schools</c> and <c>acme.{BaseDomain}/api/v1/schools</c> that path is <c>/api/v1/schools</c>.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Whether the route serves requests that name a tenant or requests that name none.</summary>
    public RouteTenancy Tenant { get; init; }
}
