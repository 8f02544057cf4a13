namespace Spp.Contracts.Cycles;

/// <summary>The cycle was paused (e.g. a school closure); its deadlines stop until it resumes.</summary>
public sealed record CyclePaused(Guid CycleId, Guid TenantId, string Stage, Guid PausedBy, DateOnly PausedOn);
