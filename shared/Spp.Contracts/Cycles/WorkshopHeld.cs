namespace Spp.Contracts.Cycles;

/// <summary>The Improvement Champion recorded the workshop as held; the action plan is next. Counts only.</summary>
public sealed record WorkshopHeld(
    Guid CycleId,
    Guid TenantId,
    Guid RecordedBy,
    DateOnly HeldOn,
    int Participants,
    int Priorities,
    IReadOnlyDictionary<string, DateOnly> Deadlines);
