namespace Spp.Contracts.Cycles;

/// <summary>The cycle resumed; deadlines not yet met moved later by the days it was paused.</summary>
public sealed record CycleResumed(Guid CycleId, Guid TenantId, Guid ResumedBy, int PausedDays, IReadOnlyDictionary<string, DateOnly> Deadlines);
