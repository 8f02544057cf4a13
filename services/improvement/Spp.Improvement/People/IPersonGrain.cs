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

    /// <summary>
    /// Registers the person on their first sign-in; for a person already registered it changes
    /// nothing and returns them (sign-in calls it every time so that a half-finished first sign-in converges).
    /// </summary>
    Task<PersonView> Register(string? email, string? displayName);

    /// <summary>Records an external identity (<c>{issuer}|{subject}</c>) that signs in as this person; idempotent.</summary>
    Task LinkIdentity(string identity);

    /// <summary>Gives the person a role (from an accepted invitation); idempotent.</summary>
    Task<PersonView> Grant(RoleGrant grant);

    /// <summary>Makes the person a member of the national team; idempotent.</summary>
    Task<PersonView> GrantNationalTeam();

    /// <summary>
    /// Replaces the person's roles in <paramref name="tenantId"/>: <see cref="GrainNotFoundException"/>
    /// when they are not a member; rule <c>membership-needs-a-role</c> when no role is left.
    /// </summary>
    Task<PersonView> SetRoles(Guid tenantId, bool isTenantAdmin, bool isFacilitator, IReadOnlyList<SchoolMembershipView> schools, string? ifMatch);

    /// <summary>Ends the person's membership of <paramref name="tenantId"/>; <see cref="GrainNotFoundException"/> when they are not a member.</summary>
    Task<PersonView> RemoveMembership(Guid tenantId, string? ifMatch);

    /// <summary>All the person's own data, for a subject access request.</summary>
    [ReadOnly]
    Task<PersonExport> Export();

    /// <summary>
    /// Erases the person's personal data: the e-mail and name become a tombstone and their sign-in
    /// identities are dropped; the id stays so review records keep their shape.
    /// </summary>
    Task<PersonView> Erase(string? ifMatch);
}

/// <summary>A person's profile.</summary>
public sealed record PersonView(Guid Id, string Email, string DisplayName, bool IsNationalTeam, IReadOnlyList<Guid> HostsAdministered, IReadOnlyList<TenantMembershipView> Memberships, string ETag);

/// <summary>A person's membership of one tenant: tenant-level roles and their role in each school.</summary>
public sealed record TenantMembershipView(Guid TenantId, bool IsTenantAdmin, bool IsFacilitator, IReadOnlyList<SchoolMembershipView> Schools);

/// <summary>A person's role in one school of a tenant.</summary>
public sealed record SchoolMembershipView(int Urn, SchoolRole Role);

/// <summary>One cycle a person takes part in.</summary>
public sealed record CycleInvolvement(Guid TenantId, Guid CycleId);
