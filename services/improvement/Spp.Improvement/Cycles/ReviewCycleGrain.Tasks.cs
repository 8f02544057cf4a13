namespace Spp.Improvement.Cycles;

/// <summary>"What's next" on this cycle for one person, from the stage and their roles.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task<IReadOnlyList<CycleTask>> TasksFor(Guid personId)
    {
        // A paused or closed cycle asks nothing of anyone; an unknown one has no tasks to offer.
        if (!Exists || State.PausedOn is not null || State.Stage == CycleStage.Closed)
        {
            return [];
        }

        var roles = await RolesOf(personId, caller: null);
        var tasks = new List<CycleTask>();
        switch (State.Stage)
        {
            case CycleStage.SelfReview:
                Add(tasks, roles.IsHeadteacher, "submit-self-review", DeadlineKeys.SelfReviewSubmitted, started: State.SelfReview.LongList.Count > 0);
                Add(tasks, roles.IsSchoolLeader && !roles.IsHeadteacher && State.SelfReview.Focus is null, "choose-enquiry-focus", DeadlineKeys.SelfReviewSubmitted, started: State.SelfReview.LongList.Count > 0);
                Add(tasks, (roles.IsFacilitator || roles.IsLeadReviewer) && State.Plan.VisitDays.Count == 0, "set-visit-days", null, started: false);
                break;
            case CycleStage.ReviewPlanning:
                Add(tasks, roles.IsLeadReviewer && State.Plan.ProposedOn is null, "propose-review-plan", DeadlineKeys.ReviewPlanAgreed, started: State.Plan.VisitDays.Count > 0);
                Add(tasks, roles.IsHeadteacher && State.Plan.ProposedOn is not null, "agree-review-plan", DeadlineKeys.ReviewPlanAgreed, started: true);
                break;
            case CycleStage.PeerReview:
                Add(tasks, roles.IsReviewer && !roles.IsLeadReviewer, "record-evidence", DeadlineKeys.FindingsShared, started: State.Evidence.Any(e => e.RecordedBy == personId));
                Add(tasks, roles.IsLeadReviewer, "share-findings", DeadlineKeys.FindingsShared, started: State.Evidence.Count > 0 || State.Findings.Count > 0);
                break;
            case CycleStage.ImprovementWorkshop:
                Add(tasks, roles.IsFacilitator && State.Champion is null, "assign-champion", DeadlineKeys.WorkshopHeld, started: false);
                Add(tasks, roles.IsChampion, "hold-workshop", DeadlineKeys.WorkshopHeld, started: false);
                break;
            case CycleStage.ActionPlan:
                Add(tasks, roles.IsHeadteacher, "agree-action-plan", DeadlineKeys.ActionPlanAgreed, started: false);
                break;
            case CycleStage.Impact:
                Add(tasks, roles.IsHeadteacher && State.Close.HeadteacherConfirmedBy is null, "confirm-close", null, started: State.Close.FacilitatorConfirmedBy is not null);
                Add(tasks, roles.IsFacilitator && State.Close.FacilitatorConfirmedBy is null, "confirm-close", null, started: State.Close.HeadteacherConfirmedBy is not null);
                break;
        }

        return tasks;
    }

    private void Add(List<CycleTask> tasks, bool applies, string kind, string? deadline, bool started)
    {
        if (!applies)
        {
            return;
        }

        DateOnly? due = deadline is not null && State.Deadlines.TryGetValue(deadline, out var date) ? date : null;
        OverdueState? overdue = due < Today ? (started ? OverdueState.Started : OverdueState.NotStarted) : null;
        tasks.Add(new CycleTask(kind, Id, State.TenantId, State.Stage, due, overdue));
    }
}
