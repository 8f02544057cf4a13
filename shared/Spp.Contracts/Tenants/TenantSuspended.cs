namespace Spp.Contracts.Tenants;

/// <summary>A tenant was suspended: its members are refused (403 tenant-suspended) until it is reinstated.</summary>
public sealed record TenantSuspended(Guid TenantId, string Reason);
