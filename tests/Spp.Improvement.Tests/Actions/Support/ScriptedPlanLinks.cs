using System.Collections.Concurrent;
using Spp.Grains;
using Spp.Improvement.Actions;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>
/// The grains around the plan as a test sets them: the cycles of <see cref="PlanScenario"/>s, in the
/// tenant and stage each says, and the owners noted on their person. A cycle that was never added, or
/// asked about from another tenant, is not found, as the cycle grain answers.
/// </summary>
internal sealed class ScriptedPlanLinks : IActionPlanLinks
{
    private readonly ConcurrentDictionary<Guid, PlanScenario> _cycles = new();

    public ConcurrentBag<(Guid TenantId, Guid CycleId, Guid OwnerId)> NotedOwners { get; } = [];

    public PlanScenario Add(PlanScenario scenario)
    {
        _cycles[scenario.CycleId] = scenario;
        return scenario;
    }

    public Task<PlanActor> ActorAsync(Guid cycleId, Guid tenantId, Guid personId, IReadOnlyList<int> schoolUrns) =>
        _cycles.TryGetValue(cycleId, out var scenario) && scenario.TenantId == tenantId
            ? Task.FromResult(scenario.As(personId))
            : throw new GrainNotFoundException("The review cycle");

    public Task NoteOwnerAsync(Guid tenantId, Guid cycleId, Guid ownerId)
    {
        NotedOwners.Add((tenantId, cycleId, ownerId));
        return Task.CompletedTask;
    }
}
