namespace Spp.Gateway.Tenancy;

/// <summary>
/// The body of <c>GET /internal/tenants/by-slug/{slug}</c> on the owning service:
/// <c>{"id": "...", "slug": "acme", "name": "Acme", "status": "Active" | "Suspended"}</c>.
/// </summary>
internal sealed record TenantDirectoryEntry(Guid Id, string? Slug, string? Name, string? Status);
