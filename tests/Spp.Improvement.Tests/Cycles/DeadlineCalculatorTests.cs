using Spp.Improvement.Cycles;
using Spp.Improvement.Policies;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>The deadlines of cycle.md "Default deadlines", and how a tenant's policy and a pause change them.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly DateOnly FirstVisit = new(2026, 11, 16);
    private static readonly DateOnly LastVisit = new(2026, 11, 17);

    [Fact]
    public void No_dates_means_no_deadlines()
    {
        Assert.Empty(DeadlineCalculator.For(DeadlinePolicy.Default, new CycleDates(null, null, null, null)));
    }

    [Fact]
    public void Visit_days_set_the_self_review_plan_and_findings_deadlines_by_default()
    {
        var deadlines = DeadlineCalculator.For(DeadlinePolicy.Default, new CycleDates(FirstVisit, LastVisit, null, null));

        Assert.Equal(
            new Dictionary<string, DateOnly>
            {
                [DeadlineKeys.SelfReviewSubmitted] = new(2026, 11, 2),
                [DeadlineKeys.ReviewPlanAgreed] = new(2026, 11, 9),
                [DeadlineKeys.FindingsShared] = new(2026, 11, 19),
            },
            deadlines);
    }

    [Fact]
    public void A_single_visit_day_is_also_the_last()
    {
        var deadlines = DeadlineCalculator.For(DeadlinePolicy.Default, new CycleDates(FirstVisit, null, null, null));

        Assert.Equal(new DateOnly(2026, 11, 18), deadlines[DeadlineKeys.FindingsShared]);
    }

    [Fact]
    public void The_workshop_is_due_21_days_after_findings_and_the_action_plan_7_days_after_the_workshop()
    {
        var deadlines = DeadlineCalculator.For(DeadlinePolicy.Default, new CycleDates(FirstVisit, LastVisit, new DateOnly(2026, 11, 19), new DateOnly(2026, 12, 8)));

        Assert.Equal(new DateOnly(2026, 12, 10), deadlines[DeadlineKeys.WorkshopHeld]);
        Assert.Equal(new DateOnly(2026, 12, 15), deadlines[DeadlineKeys.ActionPlanAgreed]);
    }

    [Fact]
    public void A_tenant_policy_replaces_the_defaults()
    {
        var policy = new DeadlinePolicy(SelfReviewDaysBeforeVisit: 21, ReviewPlanDaysBeforeVisit: 10, FindingsDaysAfterVisit: 5, WorkshopDaysAfterFindings: 14, ActionPlanDaysAfterWorkshop: 3);

        var deadlines = DeadlineCalculator.For(policy, new CycleDates(FirstVisit, LastVisit, LastVisit, LastVisit));

        Assert.Equal(
            [new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 6), new DateOnly(2026, 11, 22), new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 20)],
            new[] { DeadlineKeys.SelfReviewSubmitted, DeadlineKeys.ReviewPlanAgreed, DeadlineKeys.FindingsShared, DeadlineKeys.WorkshopHeld, DeadlineKeys.ActionPlanAgreed }.Select(k => deadlines[k]));
    }

    [Fact]
    public void A_pause_moves_only_the_deadlines_not_yet_met()
    {
        var deadlines = new Dictionary<string, DateOnly> { [DeadlineKeys.SelfReviewSubmitted] = new(2026, 11, 2), [DeadlineKeys.FindingsShared] = new(2026, 11, 19) };

        var shifted = DeadlineCalculator.Shift(deadlines, 10, key => key == DeadlineKeys.SelfReviewSubmitted);

        Assert.Equal(new DateOnly(2026, 11, 2), shifted[DeadlineKeys.SelfReviewSubmitted]);
        Assert.Equal(new DateOnly(2026, 11, 29), shifted[DeadlineKeys.FindingsShared]);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", 0)]
    [InlineData("2026-03-01", "2026-04-01", 31)]
    [InlineData("2026-04-01", "2026-03-01", 0)]
    public void Paused_days_are_calendar_days_between_pausing_and_resuming(string paused, string resumed, int days)
    {
        Assert.Equal(days, DeadlineCalculator.PausedDays(DateOnly.Parse(paused, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(resumed, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: already tomorrow in London
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT: still today
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29")] // the night the clocks go forward
    public void Dates_are_London_dates_whatever_the_instant(string instant, string london)
    {
        Assert.Equal(
            DateOnly.Parse(london, System.Globalization.CultureInfo.InvariantCulture),
            LondonCalendar.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
