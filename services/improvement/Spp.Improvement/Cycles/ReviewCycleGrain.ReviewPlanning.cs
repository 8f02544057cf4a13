using Spp.Contracts.Cycles;
using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>Stage 2: visit days, the lead reviewer's plan and the headteacher's agreement.</summary>
public sealed partial class ReviewCycleGrain
{
    private static readonly string[] VisitDeadlines = [DeadlineKeys.SelfReviewSubmitted, DeadlineKeys.ReviewPlanAgreed, DeadlineKeys.FindingsShared];

    public async Task<CycleView> SetVisitDays(CycleCaller caller, IReadOnlyList<DateOnly> visitDays, string? ifMatch)
    {
        var roles = await Authorize(caller, r => r.IsFacilitator || r.IsLeadReviewer, "set the visit days", "the facilitator or the lead reviewer", ifMatch);
        EnsureStage("set the visit days", CycleStage.SelfReview, CycleStage.ReviewPlanning);
        EnsureVisitDays(visitDays);
        if (State.Plan.VisitDays.SequenceEqual(visitDays))
        {
            LeaveUnchanged();
            return BuildView(roles);
        }

        State.Plan.VisitDays = [.. visitDays];
        await RecomputeDeadlines(VisitDeadlines);
        Raise(new DeadlinesChanged(Id, State.TenantId, new Dictionary<string, DateOnly>(State.Deadlines)));
        return BuildView(roles);
    }

    public async Task<CycleView> ProposeReviewPlan(CycleCaller caller, ReviewPlanProposal plan, string? ifMatch)
    {
        var roles = await Authorize(caller, r => r.IsLeadReviewer, "propose the review plan", "the lead reviewer", ifMatch);
        EnsureStage("propose the review plan", CycleStage.ReviewPlanning);
        CycleInputRules.Ensure(CycleInputRules.Plan(plan));
        EnsureVisitDays(plan.VisitDays);
        var daysChanged = !State.Plan.VisitDays.SequenceEqual(plan.VisitDays);
        State.Plan.VisitDays = [.. plan.VisitDays];
        State.Plan.EvidencePlan = plan.EvidencePlan;
        State.Plan.TeamConfirmed = plan.TeamConfirmed;
        State.Plan.ProposedOn = Today;
        Raise(new ReviewPlanProposed(Id, State.TenantId, caller.PersonId, State.Plan.VisitDays));
        if (daysChanged)
        {
            await RecomputeDeadlines(VisitDeadlines);
            Raise(new DeadlinesChanged(Id, State.TenantId, new Dictionary<string, DateOnly>(State.Deadlines)));
        }

        return BuildView(roles);
    }

    public async Task<CycleView> AgreeReviewPlan(CycleCaller caller, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.AgreeReviewPlan, ifMatch);
        if (State.Plan.ProposedOn is null || State.Plan.VisitDays.Count == 0)
        {
            throw new RuleViolationException("review-plan-not-proposed", "The lead reviewer proposes the plan, with the visit days, before it is agreed.");
        }

        if (State.Team.LeadReviewer is null || !State.Plan.TeamConfirmed)
        {
            throw new RuleViolationException("review-team-not-confirmed", "The plan names a lead reviewer and the lead reviewer has confirmed the team.");
        }

        CompleteMove(move, caller.PersonId);
        State.Plan.AgreedOn = Today;
        Raise(new ReviewPlanAgreed(Id, State.TenantId, caller.PersonId, State.Plan.VisitDays, new Dictionary<string, DateOnly>(State.Deadlines)));
        return BuildView(roles);
    }

    private void EnsureVisitDays(IReadOnlyList<DateOnly> visitDays)
    {
        CycleInputRules.Ensure(CycleInputRules.VisitDays(visitDays));
        if (visitDays.Any(d => d < State.WindowStarts || d > State.WindowEnds))
        {
            throw new RuleViolationException("visit-days-outside-round", "Visit days fall inside the round's window.");
        }
    }
}
