namespace Spp.Contracts.Cycles;

/// <summary>The lead reviewer shared the findings; the improvement workshop is next. Counts only, never text.</summary>
public sealed record FindingsShared(
    Guid CycleId,
    Guid TenantId,
    Guid SharedBy,
    DateOnly SharedOn,
    int Strengths,
    int AreasToExplore,
    int EvidenceRecords,
    IReadOnlyDictionary<string, DateOnly> Deadlines);
