namespace Spp.Contracts.Cycles;

/// <summary>The headteacher agreed the review plan; the peer review starts. Deadlines are keyed as in <c>CycleSummary.Deadlines</c>.</summary>
public sealed record ReviewPlanAgreed(
    Guid CycleId,
    Guid TenantId,
    Guid AgreedBy,
    IReadOnlyList<DateOnly> VisitDays,
    IReadOnlyDictionary<string, DateOnly> Deadlines);
