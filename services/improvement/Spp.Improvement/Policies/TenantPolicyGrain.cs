using Spp.Contracts.Cycles;
using Spp.Grains;

namespace Spp.Improvement.Policies;

/// <inheritdoc cref="ITenantPolicyGrain"/>
[GrainType("tenant-policy")]
public sealed class TenantPolicyGrain(TimeProvider time) : Grain<TenantPolicyState>, ITenantPolicyGrain
{
    protected override Guid? EventTenantId => GetPrimaryKey();

    public Task<DeadlinePolicyView> Deadlines() => Task.FromResult(DeadlinesView());

    public Task<DeadlinePolicyView> SetDeadlines(DeadlinePolicy policy, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(policy);
        EnsureETag(ifMatch);
        if (policy.Validate().Count > 0)
        {
            throw new RuleViolationException("deadline-policy-invalid", "Each deadline offset must be within the allowed range.");
        }

        if (State.Deadlines == policy)
        {
            LeaveUnchanged();
            return Task.FromResult(DeadlinesView());
        }

        State.Deadlines = policy;
        Raise(new DeadlinePolicyChanged(
            GetPrimaryKey(),
            policy.SelfReviewDaysBeforeVisit,
            policy.ReviewPlanDaysBeforeVisit,
            policy.FindingsDaysAfterVisit,
            policy.WorkshopDaysAfterFindings,
            policy.ActionPlanDaysAfterWorkshop,
            policy.ImpactReadingsPerTerm));
        return Task.FromResult(DeadlinesView());
    }

    public Task<TermCalendarView> Terms() => Task.FromResult(TermsView());

    public Task<TermCalendarView> SetTerms(IReadOnlyList<SchoolTerm> terms, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(terms);
        EnsureETag(ifMatch);
        if (TermCalendarRules.Validate(terms).Count > 0)
        {
            throw new RuleViolationException("term-calendar-invalid", "Terms must be named, in order and not overlap.");
        }

        if (State.Terms is not null && State.Terms.SequenceEqual(terms))
        {
            LeaveUnchanged();
            return Task.FromResult(TermsView());
        }

        State.Terms = [.. terms];
        Raise(new TermCalendarChanged(GetPrimaryKey(), [.. terms.Select(t => new TermDates(t.Name, t.Starts, t.Ends))]));
        return Task.FromResult(TermsView());
    }

    private DeadlinePolicyView DeadlinesView() => new(State.Deadlines ?? DeadlinePolicy.Default, State.Deadlines is null, ETag);

    private TermCalendarView TermsView() =>
        new(State.Terms ?? EnglandTerms.Around(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), State.Terms is null, ETag);
}
