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

    private static async Task<(HttpResponseMessage Response, FakeBackend Backend, GatewayHost Gateway)> SendAsync(string? bearer, Action<FakeBackend, Guid>? arrange = null)
    {
        var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        arrange?.Invoke(backend, acme);
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
    public async Task Valid_bearer_reaches_the_service_as_the_platform_person_with_roles_from_the_platform_records_only()
    {
        var host = Guid.NewGuid();
        var person = Guid.Empty;

        // The bearer claims the national team; the platform's records say host admin and tenant admin of acme.
        var (response, backend, gateway) = await SendAsync(
            Issuer.Create("person-1", [PlatformRoles.NationalTeam]),
            (backend, acme) => person = backend.AddPerson("person-1", [PlatformRoles.HostAdminOf(host)], new TenantMembershipGrant(acme, [PlatformRoles.TenantAdmin, PlatformRoles.SchoolMember(100001)])));
        await using (backend)
        await using (gateway)
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var forwarded = Assert.Single(backend.Forwarded);
            Assert.Null(forwarded.Header("Authorization"));
            var token = await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey);
            Assert.Equal(person.ToString(), token.FindFirst(PlatformClaims.Subject)?.Value);
            Assert.Equal(
                [PlatformRoles.HostAdminOf(host), PlatformRoles.SchoolMember(100001), PlatformRoles.TenantAdmin],
                token.FindAll(PlatformClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
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
            Assert.Empty(backend.SignIns);
        }
    }
}
