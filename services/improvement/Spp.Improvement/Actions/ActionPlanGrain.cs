using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Actions;

/// <inheritdoc cref="IActionPlanGrain"/>
/// <remarks>
/// Checks run in the order docs/authorization.md gives: not visible (404), role (403), stale If-Match (412),
/// stage (409), rules (422). The grain never calls the cycle: see <see cref="PlanActor"/>.
/// </remarks>
[GrainType("action-plan")]
public sealed partial class ActionPlanGrain(TimeProvider time) : Grain<ActionPlanState>, IActionPlanGrain
{
    protected override Guid? EventTenantId => State.TenantId == Guid.Empty ? null : State.TenantId;

    private bool IsAgreed => State.AgreedAt is not null;

    public Task<ActionPlanView> Get(PlanActor actor)
    {
        EnsureVisible(actor);
        return Task.FromResult(View(actor.Cycle));
    }

    public Task<IReadOnlyList<OwnedAction>> OwnedBy(Guid ownerId) => Task.FromResult<IReadOnlyList<OwnedAction>>(
        [.. State.Actions
            .Where(a => a.OwnerId == ownerId && a.Status != ActionStatus.Done)
            .Select(a => new OwnedAction(a.Id, a.Title, a.DueOn, a.Status))]);

    public Task<IReadOnlyList<PlanProblem>> Readiness() => Task.FromResult<IReadOnlyList<PlanProblem>>(AgreementProblems());

    public Task<ActionPlanAgreement> Agree(Guid headteacherId)
    {
        if (IsAgreed)
        {
            LeaveUnchanged();
            return Task.FromResult(Agreement());
        }

        if (AgreementProblems() is [var first, ..] problems)
        {
            throw new RuleViolationException(first.Rule, $"The plan cannot be agreed yet: {problems.Count} problem(s), first: {first.Message}");
        }

        State.AgreedBy = headteacherId;
        State.AgreedAt = time.GetUtcNow();
        Raise(new ActionPlanLocked(State.TenantId, GetPrimaryKey(), State.Urn, State.Actions.Count, headteacherId, State.AgreedAt.Value));
        return Task.FromResult(Agreement());
    }

    public Task<IReadOnlyList<PlanProblem>> ImpactReadiness()
    {
        IReadOnlyList<PlanProblem> problems = State.Measures.Count == 0
            ? [new PlanProblem("impact-no-measures", "Define at least one impact measure with a baseline and a target.")]
            : [.. State.Measures
                .Where(m => m.Readings.Count == 0)
                .Select(m => new PlanProblem("measure-without-reading", "Record at least one reading of this measure.", m.Id))];
        return Task.FromResult(problems);
    }

    private List<PlanProblem> AgreementProblems()
    {
        if (State.Actions.Count == 0)
        {
            return [new PlanProblem("action-plan-empty", "Add at least one action.")];
        }

        return [.. State.Actions
            .Where(a => a.OwnerId is null || a.DueOn is null || string.IsNullOrEmpty(a.SuccessMeasure))
            .Select(a => new PlanProblem("action-incomplete", "Give every action an owner, a due date and a success measure.", a.Id))];
    }

    private ActionPlanAgreement Agreement() => new(GetPrimaryKey(), State.AgreedBy!.Value, State.AgreedAt!.Value, State.Actions.Count);

    private ActionPlanView View(PlanCycle cycle)
    {
        var today = LondonCalendar.Today(time);
        var term = cycle.CurrentTerm;
        return new ActionPlanView(
            GetPrimaryKey(),
            cycle.Urn,
            IsAgreed,
            State.AgreedBy,
            State.AgreedAt,
            [.. State.Actions.Select(a => ActionView.Of(a, today))],
            State.Support,
            [.. State.Measures.Select(m => MeasureView.Of(m, term))],
            State.Feedback,
            AgreementProblems(),
            term,
            ETag);
    }

    /// <summary>
    /// The cycle's own people (and those the headteacher shared it with) see the plan, and so do its
    /// action owners; everyone else, and every other tenant, gets 404.
    /// </summary>
    private void EnsureVisible(PlanActor actor)
    {
        EnsureSameCycle(actor);
        if (!actor.Roles.SeesFindings && !OwnsAnAction(actor.PersonId))
        {
            throw new GrainNotFoundException("The action plan");
        }
    }

    private void EnsureSameCycle(PlanActor actor)
    {
        if (actor.Cycle.CycleId != GetPrimaryKey())
        {
            throw new ArgumentException("The actor was built for another cycle.", nameof(actor));
        }

        if (Exists && actor.Cycle.TenantId != State.TenantId)
        {
            throw new GrainNotFoundException("The action plan");
        }
    }

    private bool OwnsAnAction(Guid personId) => State.Actions.Any(a => a.OwnerId == personId);

    private bool RecordsImpact(PlanActor actor) => actor.Roles.IsHeadteacher || actor.Roles.IsFacilitator || OwnsAnAction(actor.PersonId);

    /// <summary>The tenant and school travel with every event, so the first change stores them.</summary>
    private void Attach(PlanActor actor)
    {
        State.TenantId = actor.Cycle.TenantId;
        State.Urn = actor.Cycle.Urn;
    }

    private static void EnsureStage(PlanActor actor, string action, params CycleStage[] stages)
    {
        if (actor.Cycle.IsPaused)
        {
            throw new InvalidTransitionException("Paused", action);
        }

        if (!stages.Contains(actor.Cycle.Stage))
        {
            throw new InvalidTransitionException(actor.Cycle.Stage.ToString(), action);
        }
    }

    private static void EnsureInput(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new RuleViolationException("action-plan-input-invalid", $"Invalid fields: {string.Join(", ", errors.Keys)}.");
        }
    }

    private static void EnsureRoom(int count, int max, string what)
    {
        if (count >= max)
        {
            throw new RuleViolationException("action-plan-full", $"A plan holds at most {max} {what}.");
        }
    }

    /// <summary>Ids come from the caller's Idempotency-Key: the same id with different content is a reused key, not a retry.</summary>
    private static RuleViolationException KeyReused() =>
        new("idempotency-key-reused", "This Idempotency-Key was already used for a different request.");
}
