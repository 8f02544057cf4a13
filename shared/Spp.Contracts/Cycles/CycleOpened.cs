namespace Spp.Contracts.Cycles;

/// <summary>A school's review cycle was opened in <c>SelfReview</c> when its round started.</summary>
public sealed record CycleOpened(
    Guid CycleId,
    Guid TenantId,
    Guid PartnershipId,
    Guid RoundId,
    int Urn,
    Guid? LeadReviewerId,
    IReadOnlyList<Guid> ReviewerIds,
    Guid? FacilitatorId,
    DateOnly WindowStarts,
    DateOnly WindowEnds);
