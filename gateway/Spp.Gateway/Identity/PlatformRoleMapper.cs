using System.Security.Claims;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// Turns an external token's role claims into platform roles. Only the platform-wide roles are
/// taken from outside; tenant memberships will come from the platform's own records of people,
/// never from whatever an external issuer asserts.
/// </summary>
internal static class PlatformRoleMapper
{
    private static readonly string[] RoleClaimTypes = ["roles", PlatformClaims.Role];

    private static readonly HashSet<string> AcceptedRoles = new(StringComparer.Ordinal)
    {
        PlatformRoles.NationalTeam,
        PlatformRoles.HostAdmin,
    };

    public static IReadOnlyList<string> Map(ClaimsPrincipal principal) =>
        [.. principal.Claims
            .Where(c => RoleClaimTypes.Contains(c.Type) && AcceptedRoles.Contains(c.Value))
            .Select(c => c.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
