namespace Spp.Improvement.Cycles;

/// <summary>The keys of <see cref="CycleSummary.Deadlines"/>; stable, other services read them from events.</summary>
public static class DeadlineKeys
{
    public const string SelfReviewSubmitted = "self-review-submitted";
    public const string ReviewPlanAgreed = "review-plan-agreed";
    public const string FindingsShared = "findings-shared";
    public const string WorkshopHeld = "workshop-held";
    public const string ActionPlanAgreed = "action-plan-agreed";
}
