using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>Signed-in callers resolved to the platform's people and their memberships, over real sockets.</summary>
public sealed class SignInTests
{
    private static readonly ExternalTokens Issuer = new("https://id.test", "spp", TestKeys.NewBase64Key());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<GatewayHost> GatewayForAsync(FakeBackend backend)
    {
        var settings = GatewayHost.SettingsFor(backend);
        ExternalAuthenticationTests.AddIssuer(settings, Issuer);
        return await GatewayHost.StartAsync(settings);
    }

    private static async Task<HttpResponseMessage> GetAsync(GatewayHost gateway, string path, string subject)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issuer.Create(subject, email: "ada@school.test", name: "Ada Lovelace"));
        return await gateway.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task The_gateway_asks_improvement_who_the_caller_is_with_a_service_token_and_the_identity_from_the_bearer()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "api/v1/me/next", "person-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signIn = Assert.Single(backend.SignIns);
        Assert.Equal(("POST", SignInRoutes.Resolve), (signIn.Method, signIn.Path));
        var token = await ForwardedToken.ValidateAsync(signIn, gateway.SigningKey, "improvement");
        Assert.Equal("gateway", token.FindFirst(PlatformClaims.Subject)?.Value);
        var sent = JsonSerializer.Deserialize<SignInRequest>(signIn.Body, JsonSerializerOptions.Web);
        Assert.Equal(new SignInRequest(Issuer.Issuer, "person-1", "ada@school.test", "Ada Lovelace"), sent);
    }

    [Fact]
    public async Task Outside_a_tenant_the_token_carries_platform_roles_and_no_tenant_roles()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        var person = backend.AddPerson("person-1", [PlatformRoles.NationalTeam], new TenantMembershipGrant(acme, [PlatformRoles.TenantAdmin]));
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "api/v1/platform/tenants", "person-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await ForwardedToken.ValidateAsync(Assert.Single(backend.Forwarded), gateway.SigningKey);
        Assert.Equal(person.ToString(), token.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.Null(token.FindFirst(PlatformClaims.TenantId));
        Assert.Equal([PlatformRoles.NationalTeam], token.FindAll(PlatformClaims.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task Roles_of_shapes_the_platform_does_not_grant_never_reach_the_token()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        backend.AddPerson("person-1", [PlatformRoles.HostAdmin, "admin", PlatformRoles.TenantAdmin], new TenantMembershipGrant(acme, [PlatformRoles.NationalTeam, "school-member:abc", PlatformRoles.Facilitator]));
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "t/acme/api/v1/schools", "person-1");

        var token = await ForwardedToken.ValidateAsync(Assert.Single(backend.Forwarded), gateway.SigningKey);
        Assert.Equal([PlatformRoles.Facilitator], token.FindAll(PlatformClaims.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task A_signed_in_caller_who_is_not_a_member_of_the_tenant_is_404_and_nothing_is_forwarded()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        backend.AddPerson("person-1", memberships: new TenantMembershipGrant(Guid.NewGuid(), [PlatformRoles.TenantAdmin]));
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "t/acme/api/v1/schools", "person-1");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task The_national_team_without_a_membership_is_404_inside_a_tenant()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        backend.AddPerson("national", [PlatformRoles.NationalTeam]);
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "t/acme/api/v1/schools", "national");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task A_signed_in_non_member_of_a_suspended_tenant_is_404_not_told_it_is_suspended()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme", TenantStatus.Suspended);
        backend.AddPerson("person-1");
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "t/acme/api/v1/schools", "person-1");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("suspended", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_caller_is_resolved_once_and_then_answered_from_the_cache()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        backend.AddPerson("person-1", memberships: new TenantMembershipGrant(acme, [PlatformRoles.Facilitator]));
        await using var gateway = await GatewayForAsync(backend);

        for (var i = 0; i < 3; i++)
        {
            using var response = await GetAsync(gateway, "t/acme/api/v1/schools", "person-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(backend.SignIns);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    public async Task Improvement_failing_to_resolve_the_caller_is_503_with_retry_after(int status)
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.SignInStatus = status;
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "api/v1/platform/tenants", "person-1");

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task Improvement_unreachable_is_503_with_retry_after()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = ClosedPort.Address().ToString();
        ExternalAuthenticationTests.AddIssuer(settings, Issuer);
        await using var gateway = await GatewayHost.StartAsync(settings);

        using var response = await GetAsync(gateway, "api/v1/platform/tenants", "person-1");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Signed-in callers cannot be resolved right now.", problem.GetProperty("title").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(422)]
    public async Task An_identity_improvement_refuses_to_sign_in_is_401(int status)
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.SignInStatus = status;
        await using var gateway = await GatewayForAsync(backend);

        using var response = await GetAsync(gateway, "api/v1/platform/tenants", "person-1");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(backend.Forwarded);
    }
}
