using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <summary>
/// A tenant's closed cycles whose evidence is not purged yet, keyed by the tenant id: what the
/// retention purge walks instead of scanning every cycle. A cycle notes itself here when it closes.
/// </summary>
public interface IClosedCycleIndexGrain : IGrainWithGuidKey
{
    /// <summary>Notes a closed cycle and the day it closed; idempotent (a later day replaces the earlier).</summary>
    Task Note(Guid cycleId, DateOnly closedOn);

    /// <summary>Forgets a cycle once purged (or found not closed); idempotent.</summary>
    Task Forget(Guid cycleId);

    /// <summary>The closed cycles not yet purged, oldest close first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ClosedCycle>> Pending();
}

/// <summary>A closed cycle waiting for its retention period to end.</summary>
public sealed record ClosedCycle(Guid CycleId, DateOnly ClosedOn);
