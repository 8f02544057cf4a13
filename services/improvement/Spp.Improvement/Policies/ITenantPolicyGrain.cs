using Spp.Grains;

namespace Spp.Improvement.Policies;

/// <summary>
/// A tenant's policies for review cycles, keyed by the tenant id: the deadline policy and the term
/// calendar. A tenant that never changed them has the defaults.
/// </summary>
public interface ITenantPolicyGrain : IGrainWithGuidKey
{
    /// <summary>The deadline policy in force (the defaults until the tenant sets one).</summary>
    [ReadOnly]
    Task<DeadlinePolicyView> Deadlines();

    /// <summary>Replaces the deadline policy; applies to deadlines computed from now on.</summary>
    Task<DeadlinePolicyView> SetDeadlines(DeadlinePolicy policy, string? ifMatch);

    /// <summary>The term calendar in force (the default England terms until the tenant sets one).</summary>
    [ReadOnly]
    Task<TermCalendarView> Terms();

    /// <summary>Replaces the term calendar.</summary>
    Task<TermCalendarView> SetTerms(IReadOnlyList<SchoolTerm> terms, string? ifMatch);
}

/// <summary>A tenant's deadline policy with the ETag to send when changing it.</summary>
public sealed record DeadlinePolicyView(DeadlinePolicy Policy, bool IsDefault, string ETag);

/// <summary>A tenant's term calendar with the ETag to send when changing it.</summary>
public sealed record TermCalendarView(IReadOnlyList<SchoolTerm> Terms, bool IsDefault, string ETag);
