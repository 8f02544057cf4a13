using Spp.Contracts.Identity;

namespace Spp.Improvement.People;

/// <summary>The tenant-level role names a membership puts in the internal token and in events.</summary>
public static class MembershipRoles
{
    /// <summary>The roles of <paramref name="membership"/>: tenant-admin, facilitator, school-member:{urn}.</summary>
    public static IReadOnlyList<string> Of(TenantMembershipView membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var roles = new List<string>();
        if (membership.IsTenantAdmin)
        {
            roles.Add(PlatformRoles.TenantAdmin);
        }

        if (membership.IsFacilitator)
        {
            roles.Add(PlatformRoles.Facilitator);
        }

        roles.AddRange(membership.Schools.Select(s => PlatformRoles.SchoolMember(s.Urn)));
        return roles;
    }

    /// <summary>School roles as event fields, e.g. <c>100001:Headteacher</c>.</summary>
    public static IReadOnlyList<string> SchoolRolesOf(TenantMembershipView membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        return [.. membership.Schools.Select(s => FormattableString.Invariant($"{s.Urn}:{s.Role}"))];
    }
}
