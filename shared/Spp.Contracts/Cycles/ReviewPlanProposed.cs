namespace Spp.Contracts.Cycles;

/// <summary>The lead reviewer proposed (or re-proposed) the review plan with its visit days.</summary>
public sealed record ReviewPlanProposed(Guid CycleId, Guid TenantId, Guid ProposedBy, IReadOnlyList<DateOnly> VisitDays);
