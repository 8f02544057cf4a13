namespace Spp.Contracts.People;

/// <summary>A person stopped being a member of a tenant.</summary>
public sealed record MembershipRemoved(Guid PersonId, Guid TenantId);
