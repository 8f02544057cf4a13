using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>What a person grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class PersonState
{
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public bool IsNationalTeam { get; set; }

    public List<Guid> HostsAdministered { get; set; } = [];

    public List<MembershipState> Memberships { get; set; } = [];

    public List<CycleInvolvement> Cycles { get; set; } = [];

    /// <summary>Keys of the identity-link grains that point here, so erasure can drop them.</summary>
    public List<string> IdentityLinks { get; set; } = [];

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }
}

/// <summary>A stored membership of one tenant.</summary>
public sealed class MembershipState
{
    public Guid TenantId { get; set; }

    public bool IsTenantAdmin { get; set; }

    public bool IsFacilitator { get; set; }

    public List<SchoolMembershipView> Schools { get; set; } = [];

    public DateTimeOffset GrantedAt { get; set; }
}
