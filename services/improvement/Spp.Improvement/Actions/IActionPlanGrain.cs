using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>
/// The action plan and impact record of one review cycle (stages 5 and 6), keyed by the cycle's id.
/// The cycle owns the stage machine; this grain owns the content. API methods take a
/// <see cref="PlanActor"/> and check who may see (404) and do (403) what; the cycle calls
/// <see cref="Readiness"/>, <see cref="Agree"/> and <see cref="ImpactReadiness"/> when it moves on.
/// </summary>
public interface IActionPlanGrain : IGrainWithGuidKey
{
    /// <summary>The plan as <paramref name="actor"/> may see it; <see cref="GrainNotFoundException"/> when they may not.</summary>
    [ReadOnly]
    Task<ActionPlanView> Get(PlanActor actor);

    /// <summary>Adds an action while the plan is drafted; repeating the same add is a no-op.</summary>
    Task<PlanChange<ActionView>> AddAction(PlanActor actor, Guid actionId, ActionDraft draft);

    /// <summary>Changes a drafted action.</summary>
    Task<PlanChange<ActionView>> ChangeAction(PlanActor actor, Guid actionId, ActionEdit edit, string? ifMatch);

    /// <summary>The action's owner (or the headteacher) reports its status, in stages 5 and 6; repeating the same update is a no-op.</summary>
    Task<PlanChange<ActionView>> ReportStatus(PlanActor actor, Guid actionId, Guid updateId, Contracts.Actions.ActionStatus status, string? note);

    /// <summary>Records an offer or a request of school-to-school support tied to an action.</summary>
    Task<PlanChange<SupportArrangement>> ProposeSupport(PlanActor actor, Guid supportId, SupportProposal proposal);

    /// <summary>Accepts, declines or completes support.</summary>
    Task<PlanChange<SupportArrangement>> AnswerSupport(PlanActor actor, Guid supportId, SupportAnswer answer, string? ifMatch);

    /// <summary>Defines an impact measure with its baseline and target.</summary>
    Task<PlanChange<MeasureView>> DefineMeasure(PlanActor actor, Guid measureId, MeasureDefinition definition);

    /// <summary>Records a reading of a measure during the impact stage.</summary>
    Task<PlanChange<MeasureView>> RecordReading(PlanActor actor, Guid measureId, Guid readingId, ReadingInput reading);

    /// <summary>Records qualitative feedback during the impact stage.</summary>
    Task<PlanChange<ImpactFeedback>> RecordFeedback(PlanActor actor, Guid feedbackId, FeedbackInput feedback);

    /// <summary>
    /// What stops the headteacher agreeing the plan: <c>action-plan-empty</c>, or <c>action-incomplete</c>
    /// for each action without an owner, a due date or a success measure. Empty when it can be agreed.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<PlanProblem>> Readiness();

    /// <summary>
    /// Marks the plan agreed by the headteacher (the cycle calls this as it leaves stage 5): its actions
    /// are fixed from then on. Throws the first readiness problem as a rule violation; agreeing again is a no-op.
    /// </summary>
    Task<ActionPlanAgreement> Agree(Guid headteacherId);

    /// <summary>
    /// What stops the cycle closing on impact: <c>impact-no-measures</c>, or <c>measure-without-reading</c>
    /// for each measure never read. Empty when impact has been measured.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<PlanProblem>> ImpactReadiness();
}
