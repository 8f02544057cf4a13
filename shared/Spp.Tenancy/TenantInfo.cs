using Spp.Contracts.Tenants;

namespace Spp.Tenancy;

/// <summary>
/// What the platform knows about a tenant outside the service that owns it: the GUID id used in
/// keys, events and tokens, and the slug used only in URLs and host names.
/// </summary>
/// <param name="Id">The tenant id.</param>
/// <param name="Slug">The tenant's URL and host-name label (see <see cref="TenantSlug"/>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Status">Whether the tenant's members may use the platform.</param>
public sealed record TenantInfo(Guid Id, string Slug, string Name, TenantStatus Status);
