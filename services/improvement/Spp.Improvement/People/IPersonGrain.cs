using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>
/// A person on the platform, keyed by their person id (the internal token's subject): profile,
/// memberships of tenants, host administration, and an index of the review cycles they take part in.
/// </summary>
public interface IPersonGrain : IGrainWithGuidKey
{
    /// <summary>The person as they are now; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<PersonView> Get();

    /// <summary>The person's membership of <paramref name="tenantId"/>, or null when they are not a member.</summary>
    [ReadOnly]
    Task<TenantMembershipView?> MembershipIn(Guid tenantId);

    /// <summary>
    /// Records that the person takes part in cycle <paramref name="cycleId"/> of <paramref name="tenantId"/>
    /// (on its team, as its Improvement Champion, as a leader of its school, as an action owner), so
    /// "what's next" finds it. Idempotent.
    /// </summary>
    Task NoteCycle(Guid tenantId, Guid cycleId);

    /// <summary>The cycles the person takes part in, as <see cref="NoteCycle"/> recorded them.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CycleInvolvement>> Cycles();
}

/// <summary>A person's profile.</summary>
public sealed record PersonView(Guid Id, string Email, string DisplayName, bool IsNationalTeam, IReadOnlyList<Guid> HostsAdministered, IReadOnlyList<TenantMembershipView> Memberships, string ETag);

/// <summary>A person's membership of one tenant: tenant-level roles and their role in each school.</summary>
public sealed record TenantMembershipView(Guid TenantId, bool IsTenantAdmin, bool IsFacilitator, IReadOnlyList<SchoolMembershipView> Schools);

/// <summary>A person's role in one school of a tenant.</summary>
public sealed record SchoolMembershipView(int Urn, SchoolRole Role);

/// <summary>One cycle a person takes part in.</summary>
public sealed record CycleInvolvement(Guid TenantId, Guid CycleId);
