using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Api;

/// <summary>
/// Who may call the improvement service: only internal tokens signed with the shared key, the
/// national team on the platform routes, other services (service-to-service tokens addressed to
/// this one) on the internal routes.
/// </summary>
public sealed class AuthorizationTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string Tenants = "api/v1/platform/tenants";

    private ImprovementHost Host => service.Host;

    public static TheoryData<string, string> PlatformAndInternalRoutes() => new()
    {
        { "POST", Tenants },
        { "GET", $"{Tenants}/{Guid.NewGuid()}" },
        { "PATCH", $"{Tenants}/{Guid.NewGuid()}" },
        { "POST", $"{Tenants}/{Guid.NewGuid()}/suspend" },
        { "POST", "internal/tenants" },
        { "GET", "internal/tenants/by-slug/acme" },
    };

    public static TheoryData<string, string> PlatformRoutes() => new()
    {
        { "POST", Tenants },
        { "GET", $"{Tenants}/{Guid.NewGuid()}" },
        { "PATCH", $"{Tenants}/{Guid.NewGuid()}" },
        { "POST", $"{Tenants}/{Guid.NewGuid()}/reinstate" },
    };

    public static TheoryData<string, string> InternalRoutes() => new()
    {
        { "POST", "internal/tenants" },
        { "PATCH", $"internal/tenants/{Guid.NewGuid()}" },
        { "POST", $"internal/tenants/{Guid.NewGuid()}/suspend" },
        { "GET", "internal/tenants/by-slug/acme" },
    };

    private Task<HttpResponseMessage> SendAsync(string method, string path, string? token) =>
        Host.SendAsync(new HttpMethod(method), path, token, method == "GET" ? null : new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Refused Trust", reason = "Refused" }, ifMatch: "\"1\"");

    [Theory]
    [MemberData(nameof(PlatformAndInternalRoutes))]
    public async Task No_token_is_401(string method, string path)
    {
        using var response = await SendAsync(method, path, token: null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(PlatformAndInternalRoutes))]
    public async Task An_anonymous_internal_token_is_401(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.Issue(InternalToken.AnonymousSubject, null, []));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(PlatformRoutes))]
    public async Task A_person_without_the_national_team_role_is_403(string method, string path)
    {
        var token = Host.Tokens.Issue("person-1", Guid.NewGuid(), [PlatformRoles.TenantAdmin, PlatformRoles.HostAdmin, PlatformRoles.Facilitator]);

        using var response = await SendAsync(method, path, token);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(PlatformRoutes))]
    public async Task A_service_token_is_not_the_national_team_on_platform_routes(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Service("notifications"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(PlatformAndInternalRoutes))]
    public async Task A_service_to_service_token_for_another_audience_is_401(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.Tokens.IssueForService("notifications", "reporting"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(InternalRoutes))]
    public async Task Internal_routes_refuse_a_person_token_with_403_even_for_the_national_team(string method, string path)
    {
        using var response = await SendAsync(method, path, Host.NationalTeam());

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var forged = TestKeys.Issuer(TestKeys.NewBase64Key()).Issue("person-1", null, [PlatformRoles.NationalTeam]);

        using var response = await SendAsync("POST", Tenants, forged);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        var expired = TestKeys.Issuer(Host.SigningKey, past).Issue("person-1", null, [PlatformRoles.NationalTeam]);

        using var response = await SendAsync("POST", Tenants, expired);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_internal_token_sent_as_a_bearer_token_is_not_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Tenants}/{Guid.NewGuid()}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Host.NationalTeam());

        using var response = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_internal_token_headers_are_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Tenants}/{Guid.NewGuid()}");
        request.Headers.Add(InternalToken.HeaderName, [Host.NationalTeam(), Host.NationalTeam("person-2")]);

        using var response = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_national_team_is_allowed_on_platform_routes()
    {
        using var response = await SendAsync("GET", $"{Tenants}/{Guid.NewGuid()}", Host.NationalTeam());

        // Allowed in, and the tenant does not exist: the service's 404, not a refusal.
        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_endpoints_need_no_token()
    {
        using var live = await Host.SendAsync(HttpMethod.Get, "health/live", token: null);
        using var ready = await Host.SendAsync(HttpMethod.Get, "health/ready", token: null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
    }
}
