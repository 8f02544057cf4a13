namespace Spp.Improvement.Actions;

/// <summary>
/// What the action plan asks of the grains around it, outside its own turns: the cycle (stage and the
/// caller's roles), the school's staff, the partnership, and people's index of their cycles.
/// </summary>
public interface IActionPlanLinks
{
    /// <summary>
    /// The caller as the plan sees them; <see cref="Spp.Grains.GrainNotFoundException"/> when the cycle
    /// does not exist or belongs to another tenant than <paramref name="tenantId"/>.
    /// </summary>
    /// <param name="schoolUrns">The schools the caller is a member of, from their token: where to look for partner-school leadership.</param>
    Task<PlanActor> ActorAsync(Guid cycleId, Guid tenantId, Guid personId, IReadOnlyList<int> schoolUrns);

    /// <summary>Records on the owner's person that they own an action in the cycle, so "what's next" finds it. Idempotent.</summary>
    Task NoteOwnerAsync(Guid tenantId, Guid cycleId, Guid ownerId);
}
