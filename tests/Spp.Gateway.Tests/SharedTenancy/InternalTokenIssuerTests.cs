using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class InternalTokenIssuerTests
{
    private readonly string _key = TestKeys.NewBase64Key();
    private readonly JsonWebTokenHandler _handler = new();

    private Task<TokenValidationResult> ValidateAsync(string token, string? key = null, params string[] audiences) =>
        _handler.ValidateTokenAsync(token, TestKeys.InternalValidation(key ?? _key, audiences));

    [Fact]
    public async Task Gateway_token_carries_subject_tenant_roles_issuer_audience_and_kid()
    {
        var tenantId = Guid.NewGuid();
        var token = TestKeys.Issuer(_key).Issue("person-1", tenantId, [PlatformRoles.NationalTeam, PlatformRoles.HostAdmin]);

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        var identity = result.ClaimsIdentity;
        Assert.Equal("person-1", identity.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.Equal(tenantId.ToString(), identity.FindFirst(PlatformClaims.TenantId)?.Value);
        Assert.Equal([PlatformRoles.HostAdmin, PlatformRoles.NationalTeam], identity.FindAll(PlatformClaims.Role).Select(c => c.Value).Order());
        var jwt = new JsonWebToken(token);
        Assert.Equal(InternalToken.Issuer, jwt.Issuer);
        Assert.Equal([InternalToken.ServicesAudience], jwt.Audiences);
        Assert.Equal("HS256", jwt.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Kid));
        Assert.Equal(TimeSpan.FromMinutes(2), jwt.ValidTo - jwt.IssuedAt);
    }

    [Fact]
    public async Task Token_outside_any_tenant_has_no_tenant_claim_and_a_single_role_is_still_a_role()
    {
        var token = TestKeys.Issuer(_key).Issue(InternalToken.AnonymousSubject, null, [PlatformRoles.HostAdmin]);

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid);
        Assert.Null(result.ClaimsIdentity.FindFirst(PlatformClaims.TenantId));
        Assert.Equal(PlatformRoles.HostAdmin, Assert.Single(result.ClaimsIdentity.FindAll(PlatformClaims.Role)).Value);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        var token = TestKeys.Issuer(_key, past).Issue("person-1", Guid.NewGuid(), []);

        var result = await ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task Tampered_token_is_rejected()
    {
        var token = TestKeys.Issuer(_key).Issue("person-1", Guid.NewGuid(), []);
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("person-1", "person-2", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var result = await ValidateAsync(tampered);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_rejected()
    {
        var token = TestKeys.Issuer(TestKeys.NewBase64Key()).Issue("person-1", null, []);

        Assert.False((await ValidateAsync(token)).IsValid);
    }

    [Fact]
    public async Task Service_token_is_addressed_to_the_callee_only()
    {
        var token = TestKeys.Issuer(_key).IssueForService("notifications", "improvement");

        var byImprovement = await ValidateAsync(token, null, InternalToken.ServicesAudience, "improvement");
        var byReporting = await ValidateAsync(token, null, InternalToken.ServicesAudience, "reporting");

        Assert.True(byImprovement.IsValid);
        Assert.Equal("notifications", byImprovement.ClaimsIdentity.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.False(byReporting.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(byReporting.Exception);
    }

    [Fact]
    public async Task Gateway_token_is_not_a_service_token()
    {
        var token = TestKeys.Issuer(_key).Issue("person-1", null, []);

        Assert.False((await ValidateAsync(token, null, "improvement")).IsValid);
    }

    [Fact]
    public void Service_token_cannot_be_addressed_to_every_service() =>
        Assert.Throws<ArgumentException>(() => TestKeys.Issuer(_key).IssueForService("notifications", InternalToken.ServicesAudience));
}
