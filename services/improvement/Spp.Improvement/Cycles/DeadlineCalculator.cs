using Spp.Improvement.Policies;

namespace Spp.Improvement.Cycles;

/// <summary>The dates a cycle's deadlines hang on; null until set.</summary>
public sealed record CycleDates(DateOnly? FirstVisitDay, DateOnly? LastVisitDay, DateOnly? FindingsSharedOn, DateOnly? WorkshopHeldOn);

/// <summary>
/// Computes a cycle's deadlines from the tenant's policy and the dates set so far (pure: the cycle
/// calls it whenever a date changes, and the result travels in events).
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>Every deadline whose date is known, keyed by <see cref="DeadlineKeys"/>.</summary>
    public static Dictionary<string, DateOnly> For(DeadlinePolicy policy, CycleDates dates)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(dates);
        var deadlines = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (dates.FirstVisitDay is { } first)
        {
            deadlines[DeadlineKeys.SelfReviewSubmitted] = first.AddDays(-policy.SelfReviewDaysBeforeVisit);
            deadlines[DeadlineKeys.ReviewPlanAgreed] = first.AddDays(-policy.ReviewPlanDaysBeforeVisit);
        }

        if ((dates.LastVisitDay ?? dates.FirstVisitDay) is { } last)
        {
            deadlines[DeadlineKeys.FindingsShared] = last.AddDays(policy.FindingsDaysAfterVisit);
        }

        if (dates.FindingsSharedOn is { } shared)
        {
            deadlines[DeadlineKeys.WorkshopHeld] = shared.AddDays(policy.WorkshopDaysAfterFindings);
        }

        if (dates.WorkshopHeldOn is { } held)
        {
            deadlines[DeadlineKeys.ActionPlanAgreed] = held.AddDays(policy.ActionPlanDaysAfterWorkshop);
        }

        return deadlines;
    }

    /// <summary>
    /// The deadlines after a pause of <paramref name="pausedDays"/>: those not yet met (per
    /// <paramref name="isMet"/>) move later by that many days; met ones stay as history.
    /// </summary>
    public static Dictionary<string, DateOnly> Shift(IReadOnlyDictionary<string, DateOnly> deadlines, int pausedDays, Func<string, bool> isMet)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(isMet);
        return deadlines.ToDictionary(d => d.Key, d => isMet(d.Key) ? d.Value : d.Value.AddDays(pausedDays), StringComparer.Ordinal);
    }

    /// <summary>The number of calendar days between pausing and resuming (a pause and resume on one day shifts nothing).</summary>
    public static int PausedDays(DateOnly pausedOn, DateOnly resumedOn) => Math.Max(0, resumedOn.DayNumber - pausedOn.DayNumber);
}
