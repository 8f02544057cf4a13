namespace Spp.Contracts.Hosts;

/// <summary>A host organisation onboarded a tenant (the tenant's own TenantCreated carries the host too).</summary>
public sealed record TenantOnboarded(Guid HostId, Guid TenantId);
