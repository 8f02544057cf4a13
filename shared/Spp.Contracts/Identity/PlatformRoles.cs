using System.Globalization;

namespace Spp.Contracts.Identity;

/// <summary>
/// Tenant-level roles carried in the internal token. Narrower roles (headteacher of a school,
/// reviewer on a cycle…) come from grain state on each request, never from the token.
/// </summary>
public static class PlatformRoles
{
    /// <summary>The national programme team (platform operator).</summary>
    public const string NationalTeam = "national-team";

    /// <summary>An administrator of a host organisation, as an external issuer may assert it (any host).</summary>
    public const string HostAdmin = "host-admin";

    /// <summary>An administrator of the resolved delivery-partner tenant.</summary>
    public const string TenantAdmin = "tenant-admin";

    /// <summary>A facilitator / SPP associate of the resolved tenant.</summary>
    public const string Facilitator = "facilitator";

    /// <summary>The prefix of <see cref="SchoolMember"/> roles.</summary>
    public const string SchoolMemberPrefix = "school-member:";

    /// <summary>The prefix of <see cref="HostAdminOf"/> roles.</summary>
    public const string HostAdminPrefix = "host-admin:";

    /// <summary>A member of one school, written <c>school-member:{urn}</c>.</summary>
    public static string SchoolMember(int urn) => string.Create(CultureInfo.InvariantCulture, $"{SchoolMemberPrefix}{urn}");

    /// <summary>An administrator of one host organisation, written <c>host-admin:{hostId}</c>.</summary>
    public static string HostAdminOf(Guid hostId) => $"{HostAdminPrefix}{hostId:D}";
}
