using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy.Resolution;

/// <summary>A tenant slug found in a request.</summary>
/// <param name="Slug">The well-formed slug.</param>
/// <param name="TenantPathBase">
/// The leading part of the path that named the tenant (<c>/t/acme</c>), empty when the tenant came
/// from elsewhere (the host name). The rest of the path is the tenant-relative path.
/// </param>
public sealed record TenantSlugMatch(string Slug, PathString TenantPathBase);
