namespace Spp.Gateway.OpenApi;

/// <summary>Where the public API is reached: the gateway's origin, and how a tenant is named.</summary>
/// <param name="Origin">The public origin without a trailing slash, e.g. <c>https://spp.example</c>.</param>
/// <param name="BaseDomain">Tenant host names are <c>{tenant}.{BaseDomain}</c>; null when host-name tenants are off.</param>
/// <param name="TenantExample">The default of the <c>tenant</c> variable.</param>
internal sealed record PublicServers(string Origin, string? BaseDomain, string TenantExample);
