using Spp.Contracts.Cycles;
using Spp.Grains;
using Spp.Improvement.Actions;

namespace Spp.Improvement.Cycles;

/// <summary>Stage 4: the Improvement Champion and the workshop; stage 5: the action plan's agreement.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task<CycleView> AssignChampion(CycleCaller caller, ChampionAssignment champion, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(champion);
        var roles = await Authorize(caller, r => r.IsFacilitator, "assign the Improvement Champion", "the facilitator", ifMatch);
        EnsureStage("assign the Improvement Champion", CycleStage.SelfReview, CycleStage.ReviewPlanning, CycleStage.PeerReview, CycleStage.ImprovementWorkshop);
        if (champion.Urn == State.Urn || !State.PartnerUrns.Contains(champion.Urn))
        {
            throw new RuleViolationException("champion-from-partner-school", "The Improvement Champion comes from a partner school, not the school reviewed.");
        }

        if (State.Team.LeadReviewer?.PersonId == champion.PersonId || State.Team.Reviewers.Any(r => r.PersonId == champion.PersonId))
        {
            throw new RuleViolationException("champion-on-review-team", "The Improvement Champion may not be on this cycle's review team.");
        }

        if (State.Champion == champion)
        {
            LeaveUnchanged();
            return BuildView(roles);
        }

        State.Champion = champion;
        Raise(new ChampionAssigned(Id, State.TenantId, champion.PersonId, champion.Urn));
        await NoteCycleFor([champion.PersonId]);
        return BuildView(roles);
    }

    public async Task<CycleView> RecordWorkshopHeld(CycleCaller caller, WorkshopReport report, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.HoldWorkshop, ifMatch);
        CycleInputRules.Ensure(CycleInputRules.Workshop(report));
        if (report.HeldOn > Today || report.HeldOn < State.FindingsSharedOn)
        {
            throw new RuleViolationException("workshop-date-invalid", "The workshop is held after the findings are shared and not in the future.");
        }

        CompleteMove(move, caller.PersonId);
        State.Workshop = new WorkshopRecord(report.HeldOn, report.Participants, [.. report.Priorities], caller.PersonId);
        await RecomputeDeadlines(DeadlineKeys.ActionPlanAgreed);
        Raise(new WorkshopHeld(
            Id,
            State.TenantId,
            caller.PersonId,
            report.HeldOn,
            report.Participants.Count,
            report.Priorities.Count,
            new Dictionary<string, DateOnly>(State.Deadlines)));
        return BuildView(roles);
    }

    /// <summary>
    /// The headteacher agrees the action plan. The plan's content lives in the action plan grain
    /// (keyed by this cycle's id): it refuses with its readiness rule (<c>action-plan-empty</c>,
    /// <c>action-incomplete</c>) and locks its actions. Agreeing there again is a no-op, so a retry
    /// after this turn failed converges.
    /// </summary>
    public async Task<CycleView> AgreeActionPlan(CycleCaller caller, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.AgreeActionPlan, ifMatch);
        await grains.GetGrain<IActionPlanGrain>(Id).Agree(caller.PersonId);
        CompleteMove(move, caller.PersonId);
        State.ActionPlanAgreedOn = Today;
        Raise(new ActionPlanAgreed(Id, State.TenantId, caller.PersonId, Today));
        return BuildView(roles);
    }
}
