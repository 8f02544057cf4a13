namespace Spp.Improvement.People;

/// <summary>Everything the platform holds about a person in their own record, for a subject access request.</summary>
public sealed record PersonExport(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsNationalTeam,
    IReadOnlyList<Guid> HostsAdministered,
    IReadOnlyList<TenantMembershipView> Memberships,
    IReadOnlyList<CycleInvolvement> Cycles,
    IReadOnlyList<string> SignInIdentities,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ErasedAt,
    string ETag);
