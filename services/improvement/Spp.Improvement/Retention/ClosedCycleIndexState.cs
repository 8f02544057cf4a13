using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <summary>What a tenant's closed-cycle index stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class ClosedCycleIndexState
{
    /// <summary>The day each listed cycle closed, by cycle id.</summary>
    public Dictionary<Guid, DateOnly> Cycles { get; set; } = [];
}
