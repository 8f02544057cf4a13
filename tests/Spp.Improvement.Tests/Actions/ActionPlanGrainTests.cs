using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Actions.Support;

namespace Spp.Improvement.Tests.Actions;

/// <summary>Drafting the plan (stage 5) and the headteacher's agreement, through the grain runtime on SQLite.</summary>
public sealed class ActionPlanGrainTests(ActionPlanGrainHost host) : IClassFixture<ActionPlanGrainHost>
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);

    private static ActionDraft CompleteDraft(PlanScenario s, string title = "Reading for pleasure in KS2") =>
        new(title, "Class libraries and daily story time.", s.Staff, NextMonth, "Pupils' reading survey improves", "Reading");

    [Fact]
    public async Task The_champion_drafts_an_action_and_it_raises_ActionAdded_without_its_wording()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();

        var change = await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s, "Pupil Canary-Smith's reading"));

        Assert.Equal(actionId, change.Item.Id);
        Assert.Equal(ActionStatus.NotStarted, change.Item.Status);
        var plan = await host.Plan(s.CycleId).Get(s.As(s.Headteacher));
        Assert.Equal(change.ETag, plan.ETag);
        Assert.Single(plan.Actions);
        var (type, payload, tenant) = Assert.Single(await host.EventsOfAsync(s.CycleId));
        Assert.Equal(nameof(ActionAdded), type);
        Assert.Equal(s.TenantId, tenant);
        Assert.DoesNotContain("Canary", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_an_add_returns_the_first_action_and_reusing_its_id_for_another_is_refused()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        var first = await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s));

        var again = await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s));
        var other = await Assert.ThrowsAsync<RuleViolationException>(() => host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s, "Another")));

        Assert.Equal(first, again);
        Assert.Equal("idempotency-key-reused", other.Rule);
        Assert.Single(await host.EventsOfAsync(s.CycleId));
    }

    [Theory]
    [InlineData(CycleStage.ImprovementWorkshop)]
    [InlineData(CycleStage.Impact)]
    [InlineData(CycleStage.Closed)]
    public async Task Actions_are_drafted_only_in_the_action_plan_stage(CycleStage stage)
    {
        var s = new PlanScenario { Stage = stage };

        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s)));

        Assert.Equal(stage.ToString(), refused.From);
    }

    [Fact]
    public async Task Nothing_is_drafted_while_the_cycle_is_paused()
    {
        var s = new PlanScenario { IsPaused = true };

        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s)));

        Assert.Equal("Paused", refused.From);
    }

    [Fact]
    public async Task A_reviewer_sees_the_plan_but_does_not_draft_it()
    {
        var s = new PlanScenario();

        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() => host.Plan(s.CycleId).AddAction(s.As(s.Reviewer), Guid.NewGuid(), CompleteDraft(s)));
        var plan = await host.Plan(s.CycleId).Get(s.As(s.Reviewer));

        Assert.Empty(plan.Actions);
    }

    [Fact]
    public async Task People_outside_the_cycle_and_other_tenants_are_told_the_plan_does_not_exist()
    {
        var s = new PlanScenario();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s));

        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Plan(s.CycleId).Get(s.As(s.Outsider)));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Plan(s.CycleId).Get(s.As(s.PartnerHead)));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Plan(s.CycleId).Get(s.FromAnotherTenant(s.Headteacher)));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Plan(s.CycleId).AddAction(s.FromAnotherTenant(s.Champion), Guid.NewGuid(), CompleteDraft(s)));
    }

    [Fact]
    public async Task An_action_owner_outside_the_review_sees_the_plan()
    {
        var s = new PlanScenario();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s));

        var plan = await host.Plan(s.CycleId).Get(s.As(s.Staff));

        Assert.Equal(s.Staff, Assert.Single(plan.Actions).OwnerId);
    }

    [Fact]
    public async Task An_owner_must_be_on_the_school_staff_and_a_due_date_cannot_be_past()
    {
        var s = new PlanScenario();

        var notStaff = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s) with { OwnerId = s.Reviewer }));
        var past = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s) with { DueOn = NextMonth.AddYears(-1) }));

        Assert.Equal("action-owner-not-staff", notStaff.Rule);
        Assert.Equal("action-due-in-past", past.Rule);
    }

    [Fact]
    public async Task Changing_an_action_needs_the_current_etag()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        var added = await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, new ActionDraft("Draft", null, null, null, null, null));

        var changed = await host.Plan(s.CycleId).ChangeAction(s.As(s.Leader), actionId, new ActionEdit(null, null, s.Staff, NextMonth, null, null), added.ETag);
        var stale = await Assert.ThrowsAsync<ETagMismatchException>(() =>
            host.Plan(s.CycleId).ChangeAction(s.As(s.Champion), actionId, new ActionEdit("Lost update", null, null, null, null, null), added.ETag));

        Assert.Equal(s.Staff, changed.Item.OwnerId);
        Assert.Equal("Draft", changed.Item.Title);
        Assert.Equal(changed.ETag, stale.CurrentETag);
    }

    [Fact]
    public async Task Readiness_names_an_empty_plan_and_each_incomplete_action()
    {
        var s = new PlanScenario();
        Assert.Equal("action-plan-empty", Assert.Single(await host.Plan(s.CycleId).Readiness()).Rule);

        var incomplete = Guid.NewGuid();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), incomplete, new ActionDraft("No owner yet", null, null, NextMonth, "Measure", null));
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s));

        var problem = Assert.Single(await host.Plan(s.CycleId).Readiness());
        Assert.Equal(("action-incomplete", incomplete), (problem.Rule, problem.ItemId));
    }

    [Fact]
    public async Task The_plan_is_agreed_only_when_ready_and_is_then_fixed()
    {
        var s = new PlanScenario();
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => host.Plan(s.CycleId).Agree(s.Headteacher));
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s));

        var agreed = await host.Plan(s.CycleId).Agree(s.Headteacher);
        var again = await host.Plan(s.CycleId).Agree(s.Headteacher);
        var locked = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Plan(s.CycleId).AddAction(s.As(s.Champion), Guid.NewGuid(), CompleteDraft(s)));

        Assert.Equal("action-plan-empty", refused.Rule);
        Assert.Equal(agreed, again);
        Assert.Equal(1, agreed.Actions);
        Assert.StartsWith("ActionPlan", locked.From, StringComparison.Ordinal);
        Assert.True((await host.Plan(s.CycleId).Get(s.As(s.Headteacher))).IsAgreed);
        Assert.Equal(
            [nameof(ActionAdded), nameof(ActionPlanLocked)],
            (await host.EventsOfAsync(s.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_role_that_may_not_change_an_action_is_refused_as_such_even_with_a_stale_etag()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s));

        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() =>
            host.Plan(s.CycleId).ChangeAction(s.As(s.Reviewer), actionId, new ActionEdit("Renamed", null, null, null, null, null), "\"0\""));
        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            host.Plan(s.CycleId).ChangeAction(s.As(s.Champion), actionId, new ActionEdit("Renamed", null, null, null, null, null), "\"0\""));
    }

    [Fact]
    public async Task The_owner_reports_status_in_the_plan_and_impact_stages_but_a_colleague_cannot()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, CompleteDraft(s));
        await host.Plan(s.CycleId).Agree(s.Headteacher);
        s.Stage = CycleStage.Impact;

        var started = await host.Plan(s.CycleId).ReportStatus(s.As(s.Staff), actionId, Guid.NewGuid(), ActionStatus.InProgress, "Libraries ordered");
        var blocked = await host.Plan(s.CycleId).ReportStatus(s.As(s.Headteacher), actionId, Guid.NewGuid(), ActionStatus.Blocked, null);
        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() =>
            host.Plan(s.CycleId).ReportStatus(s.As(s.Champion), actionId, Guid.NewGuid(), ActionStatus.Done, null));
        s.Stage = CycleStage.Closed;
        var closed = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            host.Plan(s.CycleId).ReportStatus(s.As(s.Staff), actionId, Guid.NewGuid(), ActionStatus.Done, null));

        Assert.Equal(ActionStatus.InProgress, started.Item.Status);
        Assert.Equal(ActionStatus.Blocked, blocked.Item.Status);
        Assert.Equal([ActionStatus.InProgress, ActionStatus.Blocked], blocked.Item.Updates.Select(u => u.Status));
        Assert.Equal("Closed", closed.From);
        var (_, payload, _) = (await host.EventsOfAsync(s.CycleId)).First(e => e.Type == nameof(ActionStatusChanged));
        Assert.DoesNotContain("Libraries", payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActionStatus.NotStarted, -1, true)]
    [InlineData(ActionStatus.Blocked, -1, true)]
    [InlineData(ActionStatus.Done, -1, false)]
    [InlineData(ActionStatus.InProgress, 0, false)]
    public void An_action_is_overdue_once_its_due_date_has_passed_until_it_is_done(ActionStatus status, int dueInDays, bool overdue)
    {
        var today = new DateOnly(2026, 11, 23);
        var action = new PlannedAction(Guid.NewGuid(), "Action", null, Guid.NewGuid(), today.AddDays(dueInDays), null, null, status, [], Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Equal(overdue, ActionView.Of(action, today).IsOverdue);
    }
}
