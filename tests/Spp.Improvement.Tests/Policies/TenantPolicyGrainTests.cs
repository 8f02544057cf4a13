using Spp.Grains;
using Spp.Improvement.Policies;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Policies;

/// <summary>A tenant's deadline policy and term calendar: defaults until set, checked, versioned.</summary>
public sealed class TenantPolicyGrainTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private ITenantPolicyGrain Policy(Guid tenantId) => host.Grains.GetGrain<ITenantPolicyGrain>(tenantId);

    [Fact]
    public async Task A_tenant_that_set_nothing_has_the_programme_defaults()
    {
        var view = await Policy(Guid.CreateVersion7()).Deadlines();

        Assert.Equal((DeadlinePolicy.Default, true, "\"0\""), (view.Policy, view.IsDefault, view.ETag));
        Assert.Equal((14, 7, 2, 21, 7, 1), (view.Policy.SelfReviewDaysBeforeVisit, view.Policy.ReviewPlanDaysBeforeVisit, view.Policy.FindingsDaysAfterVisit, view.Policy.WorkshopDaysAfterFindings, view.Policy.ActionPlanDaysAfterWorkshop, view.Policy.ImpactReadingsPerTerm));
    }

    [Fact]
    public async Task Setting_the_deadline_policy_stores_it_and_raises_DeadlinePolicyChanged()
    {
        var tenant = Guid.CreateVersion7();
        var policy = DeadlinePolicy.Default with { WorkshopDaysAfterFindings = 28 };

        var view = await Policy(tenant).SetDeadlines(policy, "\"0\"");

        Assert.Equal((policy, false, "\"1\""), (view.Policy, view.IsDefault, view.ETag));
        var changed = Assert.Single(await host.EventsOfAsync("tenant-policy", tenant));
        Assert.Equal(("DeadlinePolicyChanged", (Guid?)tenant), (changed.Type, changed.TenantId));
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_the_current_one()
    {
        var tenant = Guid.CreateVersion7();
        await Policy(tenant).SetDeadlines(DeadlinePolicy.Default with { FindingsDaysAfterVisit = 3 }, "\"0\"");

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => Policy(tenant).SetDeadlines(DeadlinePolicy.Default, "\"0\""));

        Assert.Equal("\"1\"", error.CurrentETag);
    }

    [Fact]
    public async Task An_offset_out_of_range_breaks_the_deadline_policy_invalid_rule()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Policy(Guid.CreateVersion7()).SetDeadlines(DeadlinePolicy.Default with { WorkshopDaysAfterFindings = 0 }, null));

        Assert.Equal("deadline-policy-invalid", error.Rule);
    }

    [Fact]
    public async Task The_default_term_calendar_is_England_terms_covering_every_day_around_now()
    {
        var view = await Policy(Guid.CreateVersion7()).Terms();

        Assert.True(view.IsDefault);
        var today = host.Today;
        Assert.Single(view.Terms, t => t.Starts <= today && today <= t.Ends);
        Assert.All(view.Terms.Zip(view.Terms.Skip(1)), pair => Assert.Equal(pair.First.Ends.AddDays(1), pair.Second.Starts));
        Assert.Contains(view.Terms, t => t.Name.StartsWith("Autumn", StringComparison.Ordinal) && t.Starts.Month == 9);
    }

    [Fact]
    public async Task Setting_terms_replaces_the_calendar()
    {
        var tenant = Guid.CreateVersion7();
        SchoolTerm[] terms = [new("Autumn 1", new(2026, 9, 3), new(2026, 10, 23)), new("Autumn 2", new(2026, 11, 2), new(2026, 12, 18))];

        var view = await Policy(tenant).SetTerms(terms, "\"0\"");

        Assert.Equal(terms, view.Terms);
        Assert.False(view.IsDefault);
        Assert.Equal("TermCalendarChanged", Assert.Single(await host.EventsOfAsync("tenant-policy", tenant)).Type);
    }

    [Fact]
    public async Task Overlapping_terms_break_the_term_calendar_invalid_rule()
    {
        SchoolTerm[] terms = [new("Autumn", new(2026, 9, 1), new(2026, 12, 31)), new("Spring", new(2026, 12, 1), new(2027, 3, 31))];

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Policy(Guid.CreateVersion7()).SetTerms(terms, null));

        Assert.Equal("term-calendar-invalid", error.Rule);
    }
}
