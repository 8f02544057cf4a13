using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>External bearer tokens at the gateway, over real sockets.</summary>
public sealed class ExternalAuthenticationTests
{
    private static readonly ExternalTokens Issuer = new("https://id.test", "spp", TestKeys.NewBase64Key());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static void AddIssuer(IDictionary<string, string?> settings, ExternalTokens issuer, string name = "test")
    {
        settings[$"Gateway:Authentication:Issuers:{name}:Issuer"] = issuer.Issuer;
        settings[$"Gateway:Authentication:Issuers:{name}:Audience"] = issuer.Audience;
        settings[$"Gateway:Authentication:Issuers:{name}:SigningKey"] = issuer.Key;
    }

    private static async Task<(HttpResponseMessage Response, FakeBackend Backend, GatewayHost Gateway)> SendAsync(string? bearer)
    {
        var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        var settings = GatewayHost.SettingsFor(backend);
        AddIssuer(settings, Issuer);
        var gateway = await GatewayHost.StartAsync(settings);
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/schools");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return (await gateway.Client.SendAsync(request, Ct), backend, gateway);
    }

    public static TheoryData<string, string> BadBearers()
    {
        var valid = Issuer.Create("person-1");
        var parts = valid.Split('.');
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("person-1", "person-2", StringComparison.Ordinal))}.{parts[2]}";
        return new()
        {
            { "tampered", tampered },
            { "expired", Issuer.Create("person-1", expires: DateTime.UtcNow.AddMinutes(-5)) },
            { "wrong audience", Issuer.Create("person-1", audienceOverride: "someone-else") },
            { "untrusted issuer", Issuer.Create("person-1", issuerOverride: "https://evil.test") },
            { "not a JWT", "garbage" },
            { "anonymous subject", Issuer.Create(InternalToken.AnonymousSubject) },
        };
    }

    [Theory]
    [MemberData(nameof(BadBearers))]
    public async Task Bad_bearer_is_401_problem_and_nothing_is_forwarded(string why, string bearer)
    {
        var (response, backend, gateway) = await SendAsync(bearer);
        await using (backend)
        await using (gateway)
        using (response)
        {
            await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.True(backend.Forwarded.IsEmpty, why);
        }
    }

    [Fact]
    public async Task Valid_bearer_subject_and_platform_roles_reach_the_service_in_the_internal_token()
    {
        var (response, backend, gateway) = await SendAsync(Issuer.Create("person-1", [PlatformRoles.NationalTeam, PlatformRoles.TenantAdmin]));
        await using (backend)
        await using (gateway)
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var forwarded = Assert.Single(backend.Forwarded);
            Assert.Null(forwarded.Header("Authorization"));
            var token = await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey);
            Assert.Equal("person-1", token.FindFirst(PlatformClaims.Subject)?.Value);
            Assert.Equal([PlatformRoles.NationalTeam], token.FindAll(PlatformClaims.Role).Select(c => c.Value));
        }
    }

    [Fact]
    public async Task No_bearer_is_anonymous()
    {
        var (response, backend, gateway) = await SendAsync(null);
        await using (backend)
        await using (gateway)
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = await ForwardedToken.ValidateAsync(Assert.Single(backend.Forwarded), gateway.SigningKey);
            Assert.Equal(InternalToken.AnonymousSubject, token.FindFirst(PlatformClaims.Subject)?.Value);
        }
    }
}
