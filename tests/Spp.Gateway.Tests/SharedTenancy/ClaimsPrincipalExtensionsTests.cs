using System.Security.Claims;
using Spp.Contracts.Identity;
using Spp.Tenancy;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class ClaimsPrincipalExtensionsTests
{
    private static ClaimsPrincipal Authenticated(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Internal"));

    [Fact]
    public void Unauthenticated_principal_is_anonymous_without_tenant_or_caller()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.True(principal.IsAnonymous());
        Assert.Null(principal.GetTenantId());
        Assert.Null(principal.GetCallingService());
    }

    [Fact]
    public void Malformed_tenant_claim_is_no_tenant() =>
        Assert.Null(Authenticated((PlatformClaims.TenantId, "not-a-guid")).GetTenantId());

    [Fact]
    public void Person_token_is_not_a_service_call()
    {
        var principal = Authenticated((PlatformClaims.Subject, "p1"), ("aud", InternalToken.ServicesAudience));

        Assert.False(principal.IsAnonymous());
        Assert.Null(principal.GetCallingService());
    }

    [Fact]
    public void Roles_are_matched_exactly() =>
        Assert.False(Authenticated((PlatformClaims.Role, PlatformRoles.HostAdmin)).HasRole(PlatformRoles.NationalTeam));
}
