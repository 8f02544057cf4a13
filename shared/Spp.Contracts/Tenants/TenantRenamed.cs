namespace Spp.Contracts.Tenants;

/// <summary>A tenant's display name changed.</summary>
public sealed record TenantRenamed(Guid TenantId, string Name);
