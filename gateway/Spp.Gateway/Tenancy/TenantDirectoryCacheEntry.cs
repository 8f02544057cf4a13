using Spp.Tenancy;

namespace Spp.Gateway.Tenancy;

/// <summary>A cached directory answer; a null tenant is a cached "no such tenant".</summary>
internal sealed record TenantDirectoryCacheEntry(TenantInfo? Tenant, DateTimeOffset ExpiresAt);
