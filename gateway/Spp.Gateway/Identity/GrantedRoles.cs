using System.Globalization;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// The roles the gateway puts in internal tokens, each from the one place it may come from: platform
/// roles (national team, host admin of one host) and tenant roles (tenant admin, facilitator, member
/// of one school) from the platform's records of people; never from what an external token asserts.
/// Anything of another shape is dropped, so a record can never widen what a token grants.
/// </summary>
internal static class GrantedRoles
{
    public static IReadOnlyList<string> Platform(IEnumerable<string>? roles) => Keep(roles, IsPlatformRole);

    public static IReadOnlyList<string> Tenant(IEnumerable<string>? roles) => Keep(roles, IsTenantRole);

    private static string[] Keep(IEnumerable<string>? roles, Func<string, bool> accepted) =>
        [.. (roles ?? []).Where(r => r is not null && accepted(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static bool IsPlatformRole(string role) =>
        role == PlatformRoles.NationalTeam
        || (role.StartsWith(PlatformRoles.HostAdminPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(role.AsSpan(PlatformRoles.HostAdminPrefix.Length), "D", out var host)
            && host != Guid.Empty);

    private static bool IsTenantRole(string role) =>
        role is PlatformRoles.TenantAdmin or PlatformRoles.Facilitator
        || (role.StartsWith(PlatformRoles.SchoolMemberPrefix, StringComparison.Ordinal)
            && int.TryParse(role.AsSpan(PlatformRoles.SchoolMemberPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var urn)
            && urn > 0
            && PlatformRoles.SchoolMember(urn) == role);
}
