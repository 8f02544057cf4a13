using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>The stage machine of cycle.md through the grain: each move by the role that may make it, refused for others, from the wrong stage and against its rules.</summary>
public sealed class CycleStageTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private CycleDriver NewCycle() => new(host.Grains, new CycleWorld(), host.Today, host.Clock);

    [Fact]
    public async Task A_cycle_walks_every_stage_to_closed_with_both_confirmations()
    {
        var cycle = NewCycle();
        var w = cycle.World;

        Assert.Equal(CycleStage.ReviewPlanning, (await cycle.ToReviewPlanningAsync()).Stage);
        await cycle.ProposePlanAsync();
        Assert.Equal(CycleStage.PeerReview, (await cycle.Track(cycle.Cycle.AgreeReviewPlan(w.As(w.Headteacher), cycle.ETag))).Stage);
        await cycle.RecordEvidenceAsync();
        await cycle.Track(cycle.Cycle.DraftFinding(w.As(w.Reviewer), cycle.FindingId, new FindingDraft(FindingKind.AreaToExplore, "Boys read less at home", [cycle.EvidenceId])));
        Assert.Equal(CycleStage.ImprovementWorkshop, (await cycle.Track(cycle.Cycle.ShareFindings(w.As(w.LeadReviewer), cycle.ETag))).Stage);
        await cycle.AssignChampionAsync();
        Assert.Equal(CycleStage.ActionPlan, (await cycle.Track(cycle.Cycle.RecordWorkshopHeld(w.As(w.Champion), cycle.Workshop(), cycle.ETag))).Stage);
        var actionId = await CycleDriver.DraftActionAsync(host.Grains, w, host.Clock, host.Today);
        Assert.Equal(CycleStage.Impact, (await cycle.Track(cycle.Cycle.AgreeActionPlan(w.As(w.Headteacher), cycle.ETag))).Stage);
        await CycleDriver.MeasureImpactAsync(host.Grains, w, host.Clock, host.Today, actionId);
        Assert.Equal(CycleStage.Impact, (await cycle.Track(cycle.Cycle.ConfirmClose(w.As(w.Facilitator), "Reading time is now daily", cycle.ETag))).Stage);
        var closed = await cycle.Track(cycle.Cycle.ConfirmClose(w.As(w.Headteacher), "Reading time is daily in every class", cycle.ETag));

        Assert.Equal(CycleStage.Closed, closed.Stage);
        Assert.Equal(new CloseView(true, true, "Reading time is daily in every class"), closed.Close);
        Assert.Equal(
            ["SubmitSelfReview", "AgreeReviewPlan", "ShareFindings", "HoldWorkshop", "AgreeActionPlan", "Close"],
            closed.History!.Select(h => h.Action));
        var events = (await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Type).ToList();
        Assert.Equal(
            ["CycleOpened", "SelfReviewSubmitted", "ReviewPlanAgreed", "FindingsShared", "WorkshopHeld", "ActionPlanAgreed", "CycleClosed"],
            events.Where(e => e is "CycleOpened" or "SelfReviewSubmitted" or "ReviewPlanAgreed" or "FindingsShared" or "WorkshopHeld" or "ActionPlanAgreed" or "CycleClosed"));
    }

    [Fact]
    public async Task Self_review_cannot_be_submitted_by_a_senior_leader()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();

        var error = await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.SubmitSelfReview(cycle.World.As(cycle.World.SeniorLeader), cycle.ETag));

        Assert.Contains("headteacher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Self_review_cannot_be_submitted_without_an_enquiry_focus()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.SubmitSelfReview(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal("enquiry-focus-required", error.Rule);
    }

    [Fact]
    public async Task The_enquiry_focus_must_come_from_the_long_list()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var focus = cycle.Focus() with { FromLongList = [Guid.CreateVersion7()] };

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.ChooseEnquiryFocus(cycle.World.As(cycle.World.SeniorLeader), focus, cycle.ETag));

        Assert.Equal("focus-from-long-list", error.Rule);
    }

    [Fact]
    public async Task Any_staff_member_proposes_long_list_items_but_only_leaders_edit_them()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var proposed = await cycle.Track(cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Maths fluency"));

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.EditLongListItem(w.As(w.StaffMember), cycle.ItemId, "Maths", cycle.ETag));
        var edited = await cycle.Track(cycle.Cycle.EditLongListItem(w.As(w.SeniorLeader), cycle.ItemId, "Maths fluency in Year 3", cycle.ETag));

        Assert.Equal(CycleAccess.Staff, proposed.Access);
        Assert.Equal("Maths fluency in Year 3", Assert.Single(edited.SelfReview!.LongList).Text);
        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ProposeLongListItem(w.As(w.LeadReviewer), Guid.CreateVersion7(), "Not my school"));
    }

    [Fact]
    public async Task A_retried_long_list_proposal_returns_the_first_result()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var first = await cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Maths fluency");

        var again = await cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Maths fluency");

        Assert.Equal(first.ETag, again.ETag);
    }

    [Fact]
    public async Task The_headteacher_reopens_a_submitted_self_review_until_the_plan_is_agreed()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();
        var w = cycle.World;

        var reopened = await cycle.Track(cycle.Cycle.ReopenSelfReview(w.As(w.Headteacher), cycle.ETag));

        Assert.Equal(CycleStage.SelfReview, reopened.Stage);
        Assert.Null(reopened.Dates.SelfReviewSubmittedOn);
        Assert.Equal("ReopenSelfReview", reopened.History![^1].Action);
        Assert.Contains("SelfReviewReopened", (await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task The_self_review_cannot_be_reopened_once_the_plan_is_agreed()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.ReopenSelfReview(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal(nameof(CycleStage.PeerReview), error.From);
    }

    [Fact]
    public async Task Peer_review_cannot_start_before_self_review_is_submitted()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.AgreeReviewPlan(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal(nameof(CycleStage.SelfReview), error.From);
    }

    [Fact]
    public async Task The_plan_cannot_be_agreed_before_the_lead_reviewer_proposes_it()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.AgreeReviewPlan(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal("review-plan-not-proposed", error.Rule);
    }

    [Fact]
    public async Task The_plan_cannot_be_agreed_until_the_lead_reviewer_confirms_the_team()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();
        await cycle.ProposePlanAsync(teamConfirmed: false);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.AgreeReviewPlan(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal("review-team-not-confirmed", error.Rule);
    }

    [Fact]
    public async Task Only_the_lead_reviewer_proposes_the_plan()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() =>
            cycle.Cycle.ProposeReviewPlan(w.As(w.Reviewer), new ReviewPlanProposal(cycle.VisitDays, "Plan", true), cycle.ETag));
    }

    [Fact]
    public async Task Visit_days_outside_the_round_window_break_the_visit_days_outside_round_rule()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            cycle.Cycle.ProposeReviewPlan(w.As(w.LeadReviewer), new ReviewPlanProposal([w.WindowEnds.AddDays(1)], "Plan", true), cycle.ETag));

        Assert.Equal("visit-days-outside-round", error.Rule);
    }

    [Fact]
    public async Task The_facilitator_sets_visit_days_and_the_deadlines_follow_the_tenant_policy()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var first = w.WindowStarts.AddDays(60);

        var view = await cycle.Track(cycle.Cycle.SetVisitDays(w.As(w.Facilitator), [first, first.AddDays(1)], cycle.ETag));

        Assert.Equal(
            new Dictionary<string, DateOnly>
            {
                [DeadlineKeys.SelfReviewSubmitted] = first.AddDays(-14),
                [DeadlineKeys.ReviewPlanAgreed] = first.AddDays(-7),
                [DeadlineKeys.FindingsShared] = first.AddDays(3),
            },
            view.Dates.Deadlines);
        Assert.Equal(view.Dates.Deadlines, (await cycle.Cycle.Summary()).Deadlines);
        Assert.Contains("DeadlinesChanged", (await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_tenant_deadline_policy_changes_the_deadlines_computed_after_it()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        await host.Grains.GetGrain<Spp.Improvement.Policies.ITenantPolicyGrain>(w.TenantId)
            .SetDeadlines(Spp.Improvement.Policies.DeadlinePolicy.Default with { SelfReviewDaysBeforeVisit = 20 }, null);
        var first = w.WindowStarts.AddDays(60);

        var view = await cycle.Track(cycle.Cycle.SetVisitDays(w.As(w.LeadReviewer), [first], cycle.ETag));

        Assert.Equal(first.AddDays(-20), view.Dates.Deadlines[DeadlineKeys.SelfReviewSubmitted]);
    }

    [Fact]
    public async Task Evidence_cannot_be_recorded_before_the_first_visit_day()
    {
        var cycle = NewCycle();
        await cycle.ToReviewPlanningAsync();
        var w = cycle.World;
        var later = host.Today.AddDays(5);
        await cycle.Track(cycle.Cycle.ProposeReviewPlan(w.As(w.LeadReviewer), new ReviewPlanProposal([later], "Plan", true), cycle.ETag));
        await cycle.Track(cycle.Cycle.AgreeReviewPlan(w.As(w.Headteacher), cycle.ETag));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.RecordEvidenceAsync());

        Assert.Equal("evidence-before-visit", error.Rule);
    }

    [Fact]
    public async Task Only_the_review_team_records_evidence_and_only_the_recorder_changes_it()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.RecordEvidence(w.As(w.Headteacher), Guid.CreateVersion7(), new EvidenceDraft(EvidenceKind.Observation, "Note", "Line")));
        await cycle.RecordEvidenceAsync();
        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ChangeEvidence(w.As(w.LeadReviewer), cycle.EvidenceId, new EvidenceDraft(EvidenceKind.Other, "Changed", "Line"), cycle.ETag));
        var changed = await cycle.Track(cycle.Cycle.ChangeEvidence(w.As(w.Reviewer), cycle.EvidenceId, new EvidenceDraft(EvidenceKind.Other, "Changed", "Line"), cycle.ETag));

        Assert.Equal(EvidenceKind.Other, Assert.Single(changed.Evidence!.Evidence).Kind);
    }

    [Fact]
    public async Task A_finding_without_evidence_breaks_the_finding_needs_evidence_rule()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            cycle.Cycle.DraftFinding(w.As(w.LeadReviewer), Guid.CreateVersion7(), new FindingDraft(FindingKind.Strength, "Strong", [])));

        Assert.Equal("finding-needs-evidence", error.Rule);
    }

    [Fact]
    public async Task A_finding_citing_unknown_evidence_breaks_the_finding_evidence_unknown_rule()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            cycle.Cycle.DraftFinding(w.As(w.LeadReviewer), Guid.CreateVersion7(), new FindingDraft(FindingKind.Strength, "Strong", [Guid.CreateVersion7()])));

        Assert.Equal("finding-evidence-unknown", error.Rule);
    }

    [Fact]
    public async Task Evidence_a_finding_rests_on_cannot_be_removed()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;
        await cycle.RecordEvidenceAsync();
        await cycle.Track(cycle.Cycle.DraftFinding(w.As(w.Reviewer), cycle.FindingId, new FindingDraft(FindingKind.Strength, "Strong", [cycle.EvidenceId])));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.ChangeEvidence(w.As(w.Reviewer), cycle.EvidenceId, null, cycle.ETag));

        Assert.Equal("evidence-used-by-finding", error.Rule);
    }

    [Fact]
    public async Task Findings_cannot_be_shared_without_a_finding_nor_by_a_reviewer()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ShareFindings(w.As(w.Reviewer), cycle.ETag));
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.ShareFindings(w.As(w.LeadReviewer), cycle.ETag));

        Assert.Equal("findings-required", error.Rule);
    }

    [Fact]
    public async Task Sharing_findings_sets_the_workshop_deadline_21_days_later()
    {
        var cycle = NewCycle();

        var view = await cycle.ToWorkshopAsync();

        Assert.Equal(host.Today, view.Dates.FindingsSharedOn);
        Assert.Equal(host.Today.AddDays(21), view.Dates.Deadlines[DeadlineKeys.WorkshopHeld]);
    }

    [Fact]
    public async Task The_lead_reviewer_corrects_shared_findings_until_the_workshop_is_held_and_it_is_recorded()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;
        var correction = new FindingDraft(FindingKind.AreaToExplore, "Choice narrows in Year 6", [cycle.EvidenceId]);

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ChangeFinding(w.As(w.Reviewer), cycle.FindingId, correction, cycle.ETag));
        var corrected = await cycle.Track(cycle.Cycle.ChangeFinding(w.As(w.LeadReviewer), cycle.FindingId, correction, cycle.ETag));

        Assert.Equal(FindingKind.AreaToExplore, Assert.Single(corrected.Evidence!.Findings).Kind);
        Assert.Equal("CorrectFindings", corrected.History![^1].Action);
        Assert.Contains("FindingsCorrected", (await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Type));
        await cycle.AssignChampionAsync();
        await cycle.Track(cycle.Cycle.RecordWorkshopHeld(w.As(w.Champion), cycle.Workshop(), cycle.ETag));
        var late = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.ChangeFinding(w.As(w.LeadReviewer), cycle.FindingId, correction, cycle.ETag));
        Assert.Equal(nameof(CycleStage.ActionPlan), late.From);
    }

    [Fact]
    public async Task The_champion_from_the_school_reviewed_breaks_the_champion_from_partner_school_rule()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.AssignChampion(w.As(w.Facilitator), new ChampionAssignment(w.SeniorLeader, w.Urn), cycle.ETag));

        Assert.Equal("champion-from-partner-school", error.Rule);
    }

    [Fact]
    public async Task A_champion_on_the_review_team_breaks_the_champion_on_review_team_rule()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.AssignChampion(w.As(w.Facilitator), new ChampionAssignment(w.Reviewer, w.ReviewerUrn), cycle.ETag));

        Assert.Equal("champion-on-review-team", error.Rule);
    }

    [Fact]
    public async Task Only_the_facilitator_assigns_the_champion_and_only_the_champion_records_the_workshop()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.AssignChampion(w.As(w.Headteacher), new ChampionAssignment(w.Champion, w.ChampionUrn), cycle.ETag));
        await cycle.AssignChampionAsync();
        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.RecordWorkshopHeld(w.As(w.Facilitator), cycle.Workshop(), cycle.ETag));
        var held = await cycle.Track(cycle.Cycle.RecordWorkshopHeld(w.As(w.Champion), cycle.Workshop(), cycle.ETag));

        Assert.Equal(host.Today.AddDays(7), held.Dates.Deadlines[DeadlineKeys.ActionPlanAgreed]);
        Assert.Equal(["Daily class reading time"], held.Workshop!.Priorities);
    }

    [Fact]
    public async Task A_workshop_in_the_future_breaks_the_workshop_date_invalid_rule()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        await cycle.AssignChampionAsync();
        var w = cycle.World;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.RecordWorkshopHeld(w.As(w.Champion), cycle.Workshop() with { HeldOn = host.Today.AddDays(1) }, cycle.ETag));

        Assert.Equal("workshop-date-invalid", error.Rule);
    }

    [Fact]
    public async Task The_action_plan_cannot_be_agreed_while_it_is_empty()
    {
        var cycle = NewCycle();
        await cycle.ToActionPlanAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.AgreeActionPlan(cycle.World.As(cycle.World.Headteacher), cycle.ETag));

        Assert.Equal("action-plan-empty", error.Rule);
        Assert.Equal(CycleStage.ActionPlan, (await cycle.Cycle.Summary()).Stage);
    }

    [Fact]
    public async Task Only_the_headteacher_agrees_the_action_plan()
    {
        var cycle = NewCycle();
        await cycle.ToActionPlanAsync();

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.AgreeActionPlan(cycle.World.As(cycle.World.Champion), cycle.ETag));
    }

    [Fact]
    public async Task The_cycle_cannot_close_before_impact_is_measured()
    {
        var cycle = NewCycle();
        await cycle.ToActionPlanAsync();
        var w = cycle.World;
        await CycleDriver.DraftActionAsync(host.Grains, w, host.Clock, host.Today);
        await cycle.Track(cycle.Cycle.AgreeActionPlan(w.As(w.Headteacher), cycle.ETag));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => cycle.Cycle.ConfirmClose(w.As(w.Headteacher), "Summary", cycle.ETag));

        Assert.Equal("impact-no-measures", error.Rule);
    }

    [Fact]
    public async Task Closing_needs_the_impact_stage()
    {
        var cycle = NewCycle();
        await cycle.ToActionPlanAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.ConfirmClose(cycle.World.As(cycle.World.Headteacher), "Summary", cycle.ETag));

        Assert.Equal(nameof(CycleStage.ActionPlan), error.From);
    }

    [Fact]
    public async Task One_confirmation_does_not_close_and_confirming_twice_changes_nothing()
    {
        var cycle = NewCycle();
        await cycle.ToImpactAsync();
        var w = cycle.World;
        var first = await cycle.Track(cycle.Cycle.ConfirmClose(w.As(w.Headteacher), "Summary", cycle.ETag));

        var again = await cycle.Cycle.ConfirmClose(w.As(w.Headteacher), "Summary", cycle.ETag);

        Assert.Equal((CycleStage.Impact, first.ETag), (again.Stage, again.ETag));
        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ConfirmClose(w.As(w.LeadReviewer), "Summary", cycle.ETag));
    }

    [Fact]
    public async Task A_stale_ETag_is_refused_with_the_current_one()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var stale = cycle.ETag;
        await cycle.Track(cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Item"));

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => cycle.Cycle.ChooseEnquiryFocus(w.As(w.SeniorLeader), cycle.Focus(), stale));

        Assert.Equal(cycle.ETag, error.CurrentETag);
    }

    [Fact]
    public async Task Pausing_stops_every_move_and_resuming_shifts_the_deadlines_not_met_by_the_days_paused()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var first = w.WindowStarts.AddDays(60);
        var before = (await cycle.Track(cycle.Cycle.SetVisitDays(w.As(w.Facilitator), [first], cycle.ETag))).Dates.Deadlines;
        await cycle.Track(cycle.Cycle.Pause(w.As(w.Headteacher), "School closed for flooding", cycle.ETag));

        var blocked = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), Guid.CreateVersion7(), "Item"));
        host.Clock.Advance(TimeSpan.FromDays(10));
        var resumed = await cycle.Track(cycle.Cycle.Resume(w.As(w.Facilitator), cycle.ETag));

        Assert.Contains("paused", blocked.From, StringComparison.Ordinal);
        Assert.False(resumed.IsPaused);
        Assert.All(before, d => Assert.Equal(d.Value.AddDays(10), resumed.Dates.Deadlines[d.Key]));
        Assert.Contains("CycleResumed", (await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task Only_the_headteacher_or_facilitator_pauses_and_a_running_cycle_cannot_be_resumed()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.Pause(w.As(w.LeadReviewer), "Reason", cycle.ETag));
        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.Resume(w.As(w.Headteacher), cycle.ETag));

        Assert.Equal(nameof(CycleStage.SelfReview), error.From);
    }

    [Fact]
    public async Task The_team_is_fixed_once_the_plan_is_agreed()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => cycle.Cycle.ChangeTeam(cycle.World.Team with { Reviewers = [] }));

        Assert.Equal(nameof(CycleStage.PeerReview), error.From);
    }
}
