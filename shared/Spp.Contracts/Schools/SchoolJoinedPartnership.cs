namespace Spp.Contracts.Schools;

/// <summary>An enrolled school became a member of a partnership of its tenant.</summary>
public sealed record SchoolJoinedPartnership(Guid TenantId, int Urn, Guid PartnershipId);
