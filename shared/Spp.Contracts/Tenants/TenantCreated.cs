namespace Spp.Contracts.Tenants;

/// <summary>A delivery-partner tenant was created. The slug is used only in URLs and host names.</summary>
/// <param name="HostId">The host organisation that onboarded the tenant; null for tenants the national team created directly.</param>
public sealed record TenantCreated(Guid TenantId, string Slug, string Name, Guid? HostId = null);
