using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Actions.Support;

namespace Spp.Improvement.Tests.Actions;

/// <summary>Impact (stage 6): measures with baselines and targets, readings each term, qualitative feedback.</summary>
public sealed class ImpactGrainTests(ActionPlanGrainHost host) : IClassFixture<ActionPlanGrainHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static MeasureDefinition Attendance(Guid? actionId = null) =>
        new(ImpactLevel.Pupils, "Attendance of pupils in Year 5", actionId, new MeasurePoint(91.5m, Today.AddMonths(-2)), new MeasurePoint(95m, Today.AddMonths(10)));

    [Fact]
    public async Task The_headteacher_defines_a_measure_and_records_a_reading_for_this_term()
    {
        var s = new PlanScenario { Stage = CycleStage.Impact };
        var measureId = Guid.NewGuid();

        var defined = await host.Plan(s.CycleId).DefineMeasure(s.As(s.Headteacher), measureId, Attendance());
        var read = await host.Plan(s.CycleId).RecordReading(s.As(s.Facilitator), measureId, Guid.NewGuid(), new ReadingInput(93.2m, Today, "Pupil Canary-Jones back"));

        Assert.True(defined.Item.ReadingMissingThisTerm);
        Assert.False(read.Item.ReadingMissingThisTerm);
        Assert.Equal(93.2m, Assert.Single(read.Item.Readings).Value);
        var events = await host.EventsOfAsync(s.CycleId);
        Assert.Equal([nameof(MeasureDefined), nameof(ImpactReadingRecorded)], events.Select(e => e.Type));
        Assert.DoesNotContain(events, e => e.Payload.Contains("Canary", StringComparison.Ordinal) || e.Payload.Contains("Attendance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readings_wait_for_the_impact_stage_and_are_dated_between_the_baseline_and_today()
    {
        var s = new PlanScenario();
        var measureId = Guid.NewGuid();
        await host.Plan(s.CycleId).DefineMeasure(s.As(s.Headteacher), measureId, Attendance());

        var early = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            host.Plan(s.CycleId).RecordReading(s.As(s.Headteacher), measureId, Guid.NewGuid(), new ReadingInput(92m, Today, null)));
        s.Stage = CycleStage.Impact;
        var future = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).RecordReading(s.As(s.Headteacher), measureId, Guid.NewGuid(), new ReadingInput(92m, Today.AddDays(2), null)));
        var beforeBaseline = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).RecordReading(s.As(s.Headteacher), measureId, Guid.NewGuid(), new ReadingInput(92m, Today.AddYears(-1), null)));

        Assert.Equal(nameof(CycleStage.ActionPlan), early.From);
        Assert.Equal("reading-in-future", future.Rule);
        Assert.Equal("reading-before-baseline", beforeBaseline.Rule);
    }

    [Fact]
    public async Task Action_owners_record_impact_but_the_champion_and_reviewers_do_not()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, new ActionDraft("Attendance", null, s.Staff, null, null, null));

        var byOwner = await host.Plan(s.CycleId).DefineMeasure(s.As(s.Staff), Guid.NewGuid(), Attendance(actionId));
        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() => host.Plan(s.CycleId).DefineMeasure(s.As(s.Champion), Guid.NewGuid(), Attendance()));
        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() => host.Plan(s.CycleId).DefineMeasure(s.As(s.Reviewer), Guid.NewGuid(), Attendance()));
        var unknownAction = await Assert.ThrowsAsync<RuleViolationException>(() => host.Plan(s.CycleId).DefineMeasure(s.As(s.Headteacher), Guid.NewGuid(), Attendance(Guid.NewGuid())));

        Assert.Equal(actionId, byOwner.Item.ActionId);
        Assert.Equal("action-unknown", unknownAction.Rule);
    }

    [Fact]
    public async Task Impact_readiness_asks_for_measures_and_a_reading_of_each()
    {
        var s = new PlanScenario { Stage = CycleStage.Impact };
        Assert.Equal("impact-no-measures", Assert.Single(await host.Plan(s.CycleId).ImpactReadiness()).Rule);
        var measureId = Guid.NewGuid();
        await host.Plan(s.CycleId).DefineMeasure(s.As(s.Headteacher), measureId, Attendance());

        var unread = Assert.Single(await host.Plan(s.CycleId).ImpactReadiness());
        await host.Plan(s.CycleId).RecordReading(s.As(s.Headteacher), measureId, Guid.NewGuid(), new ReadingInput(92m, Today, null));

        Assert.Equal(("measure-without-reading", measureId), (unread.Rule, unread.ItemId));
        Assert.Empty(await host.Plan(s.CycleId).ImpactReadiness());
    }

    [Fact]
    public async Task Feedback_is_recorded_in_the_impact_stage_without_its_text_in_the_event()
    {
        var s = new PlanScenario { Stage = CycleStage.Impact };
        var feedbackId = Guid.NewGuid();

        var entry = await host.Plan(s.CycleId).RecordFeedback(s.As(s.Facilitator), feedbackId, new FeedbackInput(ImpactLevel.StaffPractice, "Staff say Canary-Brown now reads daily"));
        var repeat = await host.Plan(s.CycleId).RecordFeedback(s.As(s.Facilitator), feedbackId, new FeedbackInput(ImpactLevel.StaffPractice, "Staff say Canary-Brown now reads daily"));
        s.Stage = CycleStage.ActionPlan;
        await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Plan(s.CycleId).RecordFeedback(s.As(s.Facilitator), Guid.NewGuid(), new FeedbackInput(ImpactLevel.Pupils, "Too early")));

        Assert.Equal(entry, repeat);
        var (type, payload, _) = Assert.Single(await host.EventsOfAsync(s.CycleId));
        Assert.Equal(nameof(ImpactFeedbackRecorded), type);
        Assert.DoesNotContain("Canary", payload, StringComparison.Ordinal);
    }
}
