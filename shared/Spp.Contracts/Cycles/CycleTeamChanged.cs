namespace Spp.Contracts.Cycles;

/// <summary>The review team of a cycle was replaced (rota edited, or adjusted by the facilitator).</summary>
public sealed record CycleTeamChanged(Guid CycleId, Guid TenantId, Guid? LeadReviewerId, IReadOnlyList<Guid> ReviewerIds);
