using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Actions;

/// <summary>Stage 6: measures with baselines and targets, readings over time, qualitative feedback.</summary>
public sealed partial class ActionPlanGrain
{
    public Task<PlanChange<MeasureView>> DefineMeasure(PlanActor actor, Guid measureId, MeasureDefinition definition)
    {
        EnsureVisible(actor);
        EnsureImpactRecorder(actor);

        // Success measures are often set while the plan is drafted, so measures may be defined from stage 5.
        EnsureStage(actor, "define a measure", CycleStage.ActionPlan, CycleStage.Impact);
        EnsureInput(ActionPlanRules.Validate(definition));
        if (FindMeasure(measureId) is { } existing)
        {
            if (new MeasureDefinition(existing.Level, existing.Name, existing.ActionId, existing.Baseline, existing.Target) != definition)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Changed(existing, actor);
        }

        if (definition.ActionId is { } actionId && FindAction(actionId) is null)
        {
            throw new RuleViolationException("action-unknown", "A measure can only be tied to an action of this plan.");
        }

        EnsureRoom(State.Measures.Count, ActionPlanLimits.MaxMeasures, "measures");
        Attach(actor);
        var measure = new ImpactMeasure(
            measureId, definition.Level, definition.Name, definition.ActionId, definition.Baseline, definition.Target, [], actor.PersonId, time.GetUtcNow());
        State.Measures.Add(measure);
        Raise(new MeasureDefined(
            State.TenantId, GetPrimaryKey(), State.Urn, measureId, measure.Level, measure.ActionId,
            measure.Baseline.Value, measure.Baseline.On, measure.Target.Value, measure.Target.On));
        return Changed(measure, actor);
    }

    public Task<PlanChange<MeasureView>> RecordReading(PlanActor actor, Guid measureId, Guid readingId, ReadingInput reading)
    {
        EnsureVisible(actor);
        var current = FindMeasure(measureId) ?? throw new GrainNotFoundException("The measure");
        EnsureImpactRecorder(actor);
        EnsureStage(actor, "record a reading", CycleStage.Impact);
        EnsureInput(ActionPlanRules.Validate(reading));
        if (current.Readings.FirstOrDefault(r => r.Id == readingId) is { } repeat)
        {
            if (new ReadingInput(repeat.Value, repeat.TakenOn, repeat.Note) != reading)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Changed(current, actor);
        }

        if (reading.TakenOn > LondonCalendar.Today(time))
        {
            throw new RuleViolationException("reading-in-future", "A reading cannot be dated after today.");
        }

        if (reading.TakenOn < current.Baseline.On)
        {
            throw new RuleViolationException("reading-before-baseline", "A reading cannot be dated before the measure's baseline.");
        }

        EnsureRoom(current.Readings.Count, ActionPlanLimits.MaxReadings, "readings per measure");
        var recorded = new ImpactReading(readingId, reading.Value, reading.TakenOn, reading.Note, actor.PersonId, time.GetUtcNow());
        var changed = current with { Readings = [.. current.Readings, recorded] };
        State.Measures[State.Measures.IndexOf(current)] = changed;
        Raise(new ImpactReadingRecorded(State.TenantId, GetPrimaryKey(), State.Urn, measureId, readingId, current.Level, reading.Value, reading.TakenOn, actor.PersonId));
        return Changed(changed, actor);
    }

    public Task<PlanChange<ImpactFeedback>> RecordFeedback(PlanActor actor, Guid feedbackId, FeedbackInput feedback)
    {
        EnsureVisible(actor);
        EnsureImpactRecorder(actor);
        EnsureStage(actor, "record feedback", CycleStage.Impact);
        EnsureInput(ActionPlanRules.Validate(feedback));
        if (State.Feedback.Find(f => f.Id == feedbackId) is { } existing)
        {
            if (new FeedbackInput(existing.Level, existing.Text) != feedback)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Task.FromResult(new PlanChange<ImpactFeedback>(existing, ETag));
        }

        EnsureRoom(State.Feedback.Count, ActionPlanLimits.MaxFeedback, "feedback entries");
        Attach(actor);
        var entry = new ImpactFeedback(feedbackId, feedback.Level, feedback.Text, actor.PersonId, time.GetUtcNow());
        State.Feedback.Add(entry);
        Raise(new ImpactFeedbackRecorded(State.TenantId, GetPrimaryKey(), State.Urn, feedbackId, entry.Level, actor.PersonId, entry.RecordedAt));
        return Task.FromResult(new PlanChange<ImpactFeedback>(entry, ETag));
    }

    private ImpactMeasure? FindMeasure(Guid measureId) => State.Measures.Find(m => m.Id == measureId);

    private void EnsureImpactRecorder(PlanActor actor)
    {
        if (!RecordsImpact(actor))
        {
            throw new ActionPlanAccessDeniedException("Impact is recorded by the headteacher, the action owners and the facilitator.");
        }
    }

    private Task<PlanChange<MeasureView>> Changed(ImpactMeasure measure, PlanActor actor) =>
        Task.FromResult(new PlanChange<MeasureView>(MeasureView.Of(measure, actor.Cycle.CurrentTerm), ETag));
}
