namespace Spp.Gateway.Configuration;

/// <summary>Whether a route serves tenant requests.</summary>
public enum RouteTenancy
{
    /// <summary>The route matches only requests that name no tenant (platform, hosts, me).</summary>
    None,

    /// <summary>The route matches only requests that name a tenant, by path or host name.</summary>
    Required,
}
