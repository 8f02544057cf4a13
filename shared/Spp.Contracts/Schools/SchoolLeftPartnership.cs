namespace Spp.Contracts.Schools;

/// <summary>A school stopped being a member of a partnership of its tenant.</summary>
public sealed record SchoolLeftPartnership(Guid TenantId, int Urn, Guid PartnershipId);
