namespace Spp.Contracts.Tenants;

/// <summary>A delivery-partner tenant was created. The slug is used only in URLs and host names.</summary>
public sealed record TenantCreated(Guid TenantId, string Slug, string Name);
