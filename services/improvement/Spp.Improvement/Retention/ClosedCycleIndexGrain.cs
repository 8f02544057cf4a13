using Spp.Grains;
using Spp.Improvement.Indexes;

namespace Spp.Improvement.Retention;

/// <inheritdoc cref="IClosedCycleIndexGrain"/>
/// <remarks>
/// A projection kept by the cycles, which raise the events (closed, purged). It also lists its tenant
/// in <see cref="TenantsKey"/>, so the purge finds the tenants that have anything to purge. Tenants
/// are never taken off that list: an empty index costs one read per pass, while a removal racing a
/// new close could hide a cycle from the purge.
/// </remarks>
[GrainType("closed-cycle-index")]
public sealed class ClosedCycleIndexGrain(IGrainFactory grains) : Grain<ClosedCycleIndexState>, IClosedCycleIndexGrain
{
    /// <summary>The <see cref="IIdIndexGrain"/> of tenants with closed cycles.</summary>
    public const string TenantsKey = "retention/tenants-with-closed-cycles";

    protected override Guid? EventTenantId => GetPrimaryKey();

    public async Task Note(Guid cycleId, DateOnly closedOn)
    {
        // Idempotent there, and done before this turn stores: a failure leaves both to the retried close.
        await grains.GetGrain<IIdIndexGrain>(TenantsKey).Add(GetPrimaryKey());
        if (State.Cycles.TryGetValue(cycleId, out var noted) && noted == closedOn)
        {
            LeaveUnchanged();
            return;
        }

        State.Cycles[cycleId] = closedOn;
    }

    public Task Forget(Guid cycleId)
    {
        if (!State.Cycles.Remove(cycleId))
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ClosedCycle>> Pending() =>
        Task.FromResult<IReadOnlyList<ClosedCycle>>([.. State.Cycles.Select(c => new ClosedCycle(c.Key, c.Value)).OrderBy(c => c.ClosedOn).ThenBy(c => c.CycleId)]);
}
