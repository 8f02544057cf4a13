namespace Spp.Improvement.Cycles;

/// <summary>The moves between stages, forward and the two allowed ways back.</summary>
public enum CycleMove
{
    SubmitSelfReview,
    ReopenSelfReview,
    AgreeReviewPlan,
    ShareFindings,
    HoldWorkshop,
    AgreeActionPlan,
    Close,
}

/// <summary>One row of the stage machine: the move, from and to which stage, and who may make it.</summary>
internal sealed record CycleTransition(CycleMove Move, string Action, CycleStage From, CycleStage To, string Who, Func<CycleRoles, bool> MayMove);

/// <summary>
/// The stage machine of cycle.md "Stages and who moves them", as one table: every move the cycle can
/// make, so that a move not listed here cannot happen.
/// </summary>
internal static class CycleTransitions
{
    public static IReadOnlyList<CycleTransition> All { get; } =
    [
        new(CycleMove.SubmitSelfReview, "submit the self-review", CycleStage.SelfReview, CycleStage.ReviewPlanning, "the headteacher", r => r.IsHeadteacher),
        new(CycleMove.ReopenSelfReview, "reopen the self-review", CycleStage.ReviewPlanning, CycleStage.SelfReview, "the headteacher", r => r.IsHeadteacher),
        new(CycleMove.AgreeReviewPlan, "agree the review plan", CycleStage.ReviewPlanning, CycleStage.PeerReview, "the headteacher", r => r.IsHeadteacher),
        new(CycleMove.ShareFindings, "share the findings", CycleStage.PeerReview, CycleStage.ImprovementWorkshop, "the lead reviewer", r => r.IsLeadReviewer),
        new(CycleMove.HoldWorkshop, "record the workshop as held", CycleStage.ImprovementWorkshop, CycleStage.ActionPlan, "the Improvement Champion", r => r.IsChampion),
        new(CycleMove.AgreeActionPlan, "agree the action plan", CycleStage.ActionPlan, CycleStage.Impact, "the headteacher", r => r.IsHeadteacher),
        new(CycleMove.Close, "confirm the close", CycleStage.Impact, CycleStage.Closed, "the headteacher or the facilitator", r => r.IsHeadteacher || r.IsFacilitator),
    ];

    public static CycleTransition Of(CycleMove move) => All.Single(t => t.Move == move);
}
