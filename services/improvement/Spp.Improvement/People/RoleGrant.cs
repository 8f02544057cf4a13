namespace Spp.Improvement.People;

/// <summary>What a role given to a person applies to.</summary>
public enum RoleGrantKind
{
    /// <summary>Administrator of a host organisation (<see cref="RoleGrant.HostId"/>).</summary>
    HostAdmin,

    /// <summary>Administrator of a tenant (<see cref="RoleGrant.TenantId"/>).</summary>
    TenantAdmin,

    /// <summary>Facilitator in a tenant.</summary>
    Facilitator,

    /// <summary>Member of a school's staff in a tenant (<see cref="RoleGrant.Urn"/>, <see cref="RoleGrant.SchoolRole"/>).</summary>
    SchoolMember,
}

/// <summary>One role given to a person, as an invitation carries it.</summary>
public sealed record RoleGrant(RoleGrantKind Kind, Guid? HostId, Guid? TenantId, int? Urn, SchoolRole? SchoolRole)
{
    /// <summary>Administrator of host <paramref name="hostId"/>.</summary>
    public static RoleGrant HostAdminOf(Guid hostId) => new(RoleGrantKind.HostAdmin, hostId, null, null, null);

    /// <summary>Administrator of tenant <paramref name="tenantId"/>.</summary>
    public static RoleGrant TenantAdminOf(Guid tenantId) => new(RoleGrantKind.TenantAdmin, null, tenantId, null, null);

    /// <summary>Facilitator in tenant <paramref name="tenantId"/>.</summary>
    public static RoleGrant FacilitatorIn(Guid tenantId) => new(RoleGrantKind.Facilitator, null, tenantId, null, null);

    /// <summary>A <paramref name="role"/> in school <paramref name="urn"/> of tenant <paramref name="tenantId"/>.</summary>
    public static RoleGrant SchoolMemberOf(Guid tenantId, int urn, SchoolRole role) => new(RoleGrantKind.SchoolMember, null, tenantId, urn, role);

    /// <summary>The role's name as events and responses show it, e.g. <c>tenant-admin</c> or <c>school-member:100001:Headteacher</c>.</summary>
    public string Name => Kind switch
    {
        RoleGrantKind.HostAdmin => Spp.Contracts.Identity.PlatformRoles.HostAdminOf(HostId ?? Guid.Empty),
        RoleGrantKind.TenantAdmin => Spp.Contracts.Identity.PlatformRoles.TenantAdmin,
        RoleGrantKind.Facilitator => Spp.Contracts.Identity.PlatformRoles.Facilitator,
        _ => FormattableString.Invariant($"{Spp.Contracts.Identity.PlatformRoles.SchoolMemberPrefix}{Urn}:{SchoolRole}"),
    };

    /// <summary>True when the grant is complete for its kind.</summary>
    public bool IsWellFormed => Kind switch
    {
        RoleGrantKind.HostAdmin => HostId is not null && TenantId is null && Urn is null && SchoolRole is null,
        RoleGrantKind.TenantAdmin or RoleGrantKind.Facilitator => TenantId is not null && HostId is null && Urn is null && SchoolRole is null,
        RoleGrantKind.SchoolMember => TenantId is not null && HostId is null && Urn > 0 && SchoolRole is not null && Enum.IsDefined(SchoolRole.Value),
        _ => false,
    };
}
