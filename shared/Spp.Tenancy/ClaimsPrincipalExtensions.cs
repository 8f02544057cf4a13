using System.Security.Claims;
using Spp.Contracts.Identity;

namespace Spp.Tenancy;

/// <summary>Reads the platform's claims from a principal authenticated by an internal token.</summary>
public static class ClaimsPrincipalExtensions
{
    private const string AudienceClaim = "aud";

    /// <summary>The resolved tenant id, or <see langword="null"/> outside any tenant.</summary>
    public static Guid? GetTenantId(this ClaimsPrincipal principal)
    {
        var value = principal.FindFirst(PlatformClaims.TenantId)?.Value;
        return Guid.TryParse(value, out var id) ? id : null;
    }

    /// <summary>The token's subject: a person id, a calling service's name, or "anonymous".</summary>
    public static string? GetSubject(this ClaimsPrincipal principal) =>
        principal.FindFirst(PlatformClaims.Subject)?.Value;

    /// <summary>
    /// True when no person is signed in: either no valid token at all or the gateway's anonymous
    /// subject. Code that needs a person treats both the same.
    /// </summary>
    public static bool IsAnonymous(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated != true
        || principal.GetSubject() is null or InternalToken.AnonymousSubject;

    /// <summary>True when the token carries the tenant-level <paramref name="role"/> (see <see cref="PlatformRoles"/>).</summary>
    public static bool HasRole(this ClaimsPrincipal principal, string role) =>
        principal.HasClaim(PlatformClaims.Role, role);

    /// <summary>
    /// The calling service's name when this is a service-to-service token (its audience is a
    /// service, not <see cref="InternalToken.ServicesAudience"/>); otherwise <see langword="null"/>.
    /// </summary>
    public static string? GetCallingService(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var audiences = principal.FindAll(AudienceClaim).Select(c => c.Value).ToList();
        return audiences.Count > 0 && !audiences.Contains(InternalToken.ServicesAudience) ? principal.GetSubject() : null;
    }
}
