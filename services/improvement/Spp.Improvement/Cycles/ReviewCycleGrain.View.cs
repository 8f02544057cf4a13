namespace Spp.Improvement.Cycles;

/// <summary>The shape of a cycle for each reader (cycle.md "Who can read what").</summary>
public sealed partial class ReviewCycleGrain
{
    private CycleView BuildView(CycleRoles roles)
    {
        var access = roles.Access;
        var whole = access == CycleAccess.Whole;
        var seesFindings = roles.SeesFindings(State.Sharing);
        return new CycleView(
            Id,
            State.PartnershipId,
            State.RoundId,
            State.RoundName,
            State.Urn,
            State.Stage,
            State.PausedOn is not null,
            access,
            Dates(),
            access >= CycleAccess.People ? People() : null,
            whole ? new SelfReviewView(State.SelfReview.LongList, State.SelfReview.Focus)
                : access == CycleAccess.Staff ? new SelfReviewView([.. State.SelfReview.LongList.Where(i => i.ProposedBy == roles.PersonId)], null)
                : null,
            whole ? new ReviewPlanView(State.Plan.VisitDays, State.Plan.EvidencePlan, State.Plan.TeamConfirmed, State.Plan.ProposedOn, State.Plan.AgreedOn) : null,
            seesFindings ? new CycleFindingsView(State.Evidence, State.Findings, State.Attachments) : null,
            whole ? State.Workshop : null,
            whole ? new CloseView(State.Close.HeadteacherConfirmedBy is not null, State.Close.FacilitatorConfirmedBy is not null, State.Close.Summary) : null,
            whole ? State.Sharing : null,
            whole ? State.History : null,
            ETag);
    }

    private CycleDatesView Dates() => new(
        State.WindowStarts,
        State.WindowEnds,
        State.Plan.VisitDays,
        new Dictionary<string, DateOnly>(State.Deadlines),
        State.SelfReview.SubmittedOn,
        State.Plan.AgreedOn,
        State.FindingsSharedOn,
        State.Workshop?.HeldOn,
        State.ActionPlanAgreedOn,
        State.Close.ClosedOn,
        State.PausedOn);

    private CyclePeopleView People() => new(
        State.Team.LeadReviewer?.PersonId,
        State.Team.LeadReviewer?.Urn,
        State.Team.Reviewers,
        State.Champion,
        State.FacilitatorId);
}
