namespace Spp.Gateway.OpenApi;

/// <summary>Where a service path is published.</summary>
/// <param name="Path">The public path (relative to the tenant for tenant routes).</param>
/// <param name="NamesTenant">True when it is reached only under a tenant (<c>/t/{tenant}</c> or the tenant's host name).</param>
internal sealed record PublicPath(string Path, bool NamesTenant);
