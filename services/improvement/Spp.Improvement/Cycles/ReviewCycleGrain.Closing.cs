using Spp.Contracts.Cycles;
using Spp.Grains;
using Spp.Improvement.Actions;

namespace Spp.Improvement.Cycles;

/// <summary>Stages 6–7: the close both the headteacher and the facilitator confirm; pausing and resuming.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task<CycleView> ConfirmClose(CycleCaller caller, string summary, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.Close, ifMatch);
        CycleInputRules.Ensure(CycleInputRules.Text("summary", summary));

        // Impact is done when its measures have readings (the action plan grain knows them).
        if (await grains.GetGrain<IActionPlanGrain>(Id).ImpactReadiness() is [var problem, ..])
        {
            throw new RuleViolationException(problem.Rule, problem.Message);
        }

        // A person who is both (a headteacher facilitating elsewhere is not, but data can say so)
        // confirms one side only: closing takes two people.
        var asHeadteacher = roles.IsHeadteacher && State.Close.HeadteacherConfirmedBy is null;
        if (!asHeadteacher && !(roles.IsFacilitator && State.Close.FacilitatorConfirmedBy is null))
        {
            LeaveUnchanged();
            return BuildView(roles);
        }

        if (State.Close.HeadteacherConfirmedBy == caller.PersonId || State.Close.FacilitatorConfirmedBy == caller.PersonId)
        {
            throw new RuleViolationException("close-needs-two-people", "The headteacher and the facilitator confirm the close as two different people.");
        }

        if (asHeadteacher)
        {
            State.Close.HeadteacherConfirmedBy = caller.PersonId;
        }
        else
        {
            State.Close.FacilitatorConfirmedBy = caller.PersonId;
        }

        State.Close.Summary = summary;
        Raise(new CloseConfirmed(Id, State.TenantId, caller.PersonId, asHeadteacher ? "headteacher" : "facilitator"));
        if (State.Close.HeadteacherConfirmedBy is not null && State.Close.FacilitatorConfirmedBy is not null)
        {
            CompleteMove(move, caller.PersonId);
            State.Close.ClosedOn = Today;
            Raise(new CycleClosed(Id, State.TenantId, Today));
            await NoteClosedForRetention(Today);
        }

        return BuildView(roles);
    }

    public async Task<CycleView> Pause(CycleCaller caller, string reason, string? ifMatch)
    {
        var roles = await Authorize(caller, r => r.IsHeadteacher || r.IsFacilitator, "pause the cycle", "the headteacher or the facilitator", ifMatch);
        CycleInputRules.Ensure(CycleInputRules.Text("reason", reason, CycleInputRules.MaxShortText));
        EnsureStage("pause the cycle", CycleStage.SelfReview, CycleStage.ReviewPlanning, CycleStage.PeerReview, CycleStage.ImprovementWorkshop, CycleStage.ActionPlan, CycleStage.Impact);
        State.PausedOn = Today;
        State.PauseReason = reason;
        State.History.Add(new StageChange(time.GetUtcNow(), caller.PersonId, "Pause", State.Stage, State.Stage));
        Raise(new CyclePaused(Id, State.TenantId, State.Stage.ToString(), caller.PersonId, Today));
        return BuildView(roles);
    }

    public async Task<CycleView> Resume(CycleCaller caller, string? ifMatch)
    {
        var roles = await VisibleTo(caller);
        if (!roles.IsHeadteacher && !roles.IsFacilitator)
        {
            throw new CycleForbiddenException("resume the cycle", "the headteacher or the facilitator");
        }

        EnsureETag(ifMatch);
        if (State.PausedOn is not { } pausedOn)
        {
            throw new InvalidTransitionException(State.Stage.ToString(), "resume the cycle");
        }

        var pausedDays = DeadlineCalculator.PausedDays(pausedOn, Today);
        State.Deadlines = DeadlineCalculator.Shift(State.Deadlines, pausedDays, IsMet);
        State.PausedOn = null;
        State.PauseReason = null;
        State.History.Add(new StageChange(time.GetUtcNow(), caller.PersonId, "Resume", State.Stage, State.Stage));
        Raise(new CycleResumed(Id, State.TenantId, caller.PersonId, pausedDays, new Dictionary<string, DateOnly>(State.Deadlines)));
        return BuildView(roles);
    }

    /// <summary>True when the step a deadline is for has been done (its date stays as history).</summary>
    private bool IsMet(string deadline) => deadline switch
    {
        DeadlineKeys.SelfReviewSubmitted => State.SelfReview.SubmittedOn is not null,
        DeadlineKeys.ReviewPlanAgreed => State.Plan.AgreedOn is not null,
        DeadlineKeys.FindingsShared => State.FindingsSharedOn is not null,
        DeadlineKeys.WorkshopHeld => State.Workshop is not null,
        DeadlineKeys.ActionPlanAgreed => State.ActionPlanAgreedOn is not null,
        _ => false,
    };
}
