namespace Spp.Contracts.Partnerships;

/// <summary>A facilitator was appointed to a partnership, replacing <paramref name="PreviousFacilitatorId"/> if there was one.</summary>
public sealed record PartnershipFacilitatorAssigned(Guid PartnershipId, Guid FacilitatorId, Guid? PreviousFacilitatorId);
