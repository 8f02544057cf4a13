namespace Spp.Contracts.Identity;

/// <summary>
/// What the gateway asks <c>improvement</c> about a signed-in caller on
/// <see cref="SignInRoutes.Resolve"/>: the external identity and the e-mail it vouches for.
/// The answer says who the person is on the platform and what they may enter.
/// </summary>
public sealed record SignInRequest(string Issuer, string Subject, string? Email, string? DisplayName);

/// <summary>The platform's own record of a signed-in person: roles outside tenants and memberships of tenants.</summary>
/// <param name="PersonId">The platform's person id: the internal token's subject.</param>
/// <param name="PlatformRoles">Roles outside any tenant: <see cref="Identity.PlatformRoles.NationalTeam"/>, <see cref="Identity.PlatformRoles.HostAdminOf"/>.</param>
/// <param name="Memberships">One entry per tenant the person belongs to, with the tenant-level roles held there.</param>
public sealed record SignInResolution(Guid PersonId, IReadOnlyList<string> PlatformRoles, IReadOnlyList<TenantMembershipGrant> Memberships);

/// <summary>Tenant-level roles of a person in one tenant (<see cref="Identity.PlatformRoles"/>).</summary>
public sealed record TenantMembershipGrant(Guid TenantId, IReadOnlyList<string> Roles);

/// <summary>Internal routes of <c>improvement</c> about people (service-to-service tokens only).</summary>
public static class SignInRoutes
{
    /// <summary>POST a <see cref="SignInRequest"/>; answers a <see cref="SignInResolution"/>.</summary>
    public const string Resolve = "/internal/people/sign-in";
}
