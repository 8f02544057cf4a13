namespace Spp.Contracts.Tenants;

/// <summary>A suspended tenant was reinstated.</summary>
public sealed record TenantReinstated(Guid TenantId);
