using Spp.Improvement.Actions;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>The improvement domain over a SQLite file, composed as the admin command composes it, with the plan grains' outbox rows.</summary>
public sealed class ActionPlanGrainHost() : DomainGrainHost("action-plans")
{
    public IActionPlanGrain Plan(Guid cycleId) => Grains.GetGrain<IActionPlanGrain>(cycleId);

    /// <summary>The outbox rows of plan <paramref name="cycleId"/>, in order, as (event type name, payload, tenant).</summary>
    public Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(Guid cycleId) => EventsOfAsync("action-plan", cycleId);
}
