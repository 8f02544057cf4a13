using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tests.Support;
using Spp.Tenancy;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Tests.Functional;

/// <summary>
/// The all-in-one shape: service endpoints mapped in the gateway's own process behind
/// <c>inproc://</c> destinations, with the services' own internal-token authentication.
/// </summary>
public sealed class InProcessForwardingTests : IAsyncLifetime
{
    private static readonly Guid AcmeId = Guid.NewGuid();
    private static readonly Guid PersonId = Guid.NewGuid();
    private static readonly ExternalTokens Issuer = new("https://id.test", "spp", TestKeys.NewBase64Key());
    private GatewayHost _gateway = null!;
    private int _lookups;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = "inproc://improvement";
        ExternalAuthenticationTests.AddIssuer(settings, Issuer);
        _gateway = await GatewayHost.StartAsync(
            settings,
            builder => builder.Services.AddInternalTokenAuthentication(builder.Configuration, "improvement"),
            MapImprovement);
    }

    public async ValueTask DisposeAsync() => await _gateway.DisposeAsync();

    private void MapImprovement(WebApplication app)
    {
        app.MapGet("/api/v1/whoami", (ClaimsPrincipal user, HttpRequest request) => new WhoAmI(
            user.GetSubject(),
            user.GetTenantId(),
            request.Path.Value,
            request.Headers.Authorization.Count)).RequireAuthorization();
        app.MapGet("/internal/tenants/by-slug/{slug}", (string slug, ClaimsPrincipal user) =>
        {
            Interlocked.Increment(ref _lookups);
            return slug == "acme" && user.GetCallingService() == "gateway"
                ? Results.Ok(new { id = AcmeId, slug, name = "Acme", status = nameof(TenantStatus.Active) })
                : Results.NotFound();
        }).RequireAuthorization();
        app.MapPost(SignInRoutes.Resolve, (SignInRequest request, ClaimsPrincipal user) =>
            user.GetCallingService() == "gateway" && request.Email == "ada@school.test"
                ? Results.Ok(new SignInResolution(PersonId, [], [new TenantMembershipGrant(AcmeId, [PlatformRoles.Facilitator])]))
                : Results.BadRequest()).RequireAuthorization();
    }

    [Fact]
    public async Task A_signed_in_caller_is_resolved_by_the_in_process_sign_in_route()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/whoami");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Issuer.Create("ada", email: "ada@school.test"));

        using var response = await _gateway.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var who = await response.Content.ReadFromJsonAsync<WhoAmI>(Ct);
        Assert.Equal(new WhoAmI(PersonId.ToString(), AcmeId, "/api/v1/whoami", 0), who);
    }

    [Fact]
    public async Task Tenant_request_reaches_the_in_process_endpoint_with_the_minted_token_only()
    {
        var forged = TestKeys.Issuer(_gateway.SigningKey).Issue("intruder", Guid.NewGuid(), [PlatformRoles.NationalTeam]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/whoami");
        request.Headers.Add(InternalToken.HeaderName, forged);
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        using var response = await _gateway.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var who = await response.Content.ReadFromJsonAsync<WhoAmI>(Ct);
        Assert.Equal(new WhoAmI(InternalToken.AnonymousSubject, AcmeId, "/api/v1/whoami", 0), who);
        Assert.Equal(1, _lookups);
    }

    [Fact]
    public async Task Unknown_tenant_is_404_in_process_too()
    {
        using var response = await _gateway.Client.GetAsync("t/nobody/api/v1/whoami", Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("internal/tenants/by-slug/acme")]
    [InlineData("api/v1/whoami")]
    public async Task Service_endpoints_are_unreachable_except_through_a_route(string path)
    {
        var token = TestKeys.Issuer(_gateway.SigningKey).IssueForService("gateway", "improvement");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(InternalToken.HeaderName, token);

        using var response = await _gateway.Client.SendAsync(request, Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_endpoints_are_served_directly()
    {
        using var live = await _gateway.Client.GetAsync("health/live", Ct);
        using var ready = await _gateway.Client.GetAsync("health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private sealed record WhoAmI(string? Subject, Guid? Tenant, string? Path, int AuthorizationHeaders);
}
