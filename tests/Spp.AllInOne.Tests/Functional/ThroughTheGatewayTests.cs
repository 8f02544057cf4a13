using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Spp.AllInOne.Tests.Support;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Tenancy.Tokens;

namespace Spp.AllInOne.Tests.Functional;

/// <summary>The whole platform in one process, used as a client would: only through its gateway.</summary>
public sealed class ThroughTheGatewayTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    /// <summary><c>Gateway:TenantDirectory:CacheDuration</c> in gateway.settings.json: how stale an admitted tenant may be.</summary>
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    /// <summary>The id <c>--demo</c> gives the demo tenant (DemoData.DemoTenantId).</summary>
    private const string DemoTenantId = "0193c6a0-0000-7000-8000-00000000de70";

    private AllInOneProcess Platform => fixture.Platform;

    private InternalTokenIssuer Forger(string? key = null) =>
        new(Options.Create(new InternalTokenOptions { SigningKey = key ?? fixture.InternalTokenKey }), TimeProvider.System);

    private static void AssertGatewayNotFound(JsonElement problem, string path)
    {
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Health_live_and_ready_answer_200_with_every_component_ready()
    {
        using var live = await Platform.SendAsync(HttpMethod.Get, "health/live");
        using var ready = await Platform.SendAsync(HttpMethod.Get, "health/ready");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var checks = report.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString());
        Assert.Equal(
            ["broker", "gateway-config", "improvement-database", "notifications-database", "reporting-database", "tenant-store"],
            checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, status => Assert.Equal("Healthy", status));
    }

    [Fact]
    public void The_host_listens_on_the_port_given_with_the_port_option()
    {
        Assert.Contains($"Now listening on: http://127.0.0.1:{Platform.Port}", Platform.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:8080", Platform.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_folder_holds_one_SQLite_file_per_service()
    {
        foreach (var file in new[] { "improvement.db", "notifications.db", "reporting.db" })
        {
            Assert.True(File.Exists(Path.Combine(fixture.DataDirectory, file)), $"{file} is not in the data folder");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_tenant_is_the_gateways_404_problem(bool signedIn)
    {
        var path = $"/t/{Tenant.NewSlug()}/api/v1/platform/tenants";

        using var response = await Platform.SendAsync(HttpMethod.Get, path, signedIn ? Platform.NationalTeam : null);

        AssertGatewayNotFound(await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound), path);
    }

    [Theory]
    [InlineData("GET", "/internal/tenants/by-slug/acme")]
    [InlineData("POST", "/internal/tenants")]
    [InlineData("PATCH", "/internal/tenants/0193c6a0-0000-7000-8000-000000000001")]
    [InlineData("POST", "/internal/tenants/0193c6a0-0000-7000-8000-000000000001/suspend")]
    public async Task Internal_routes_are_404_from_outside_even_with_a_service_token(string method, string path)
    {
        var headers = new Dictionary<string, string> { [InternalToken.HeaderName] = Forger().IssueForService("gateway", "improvement") };

        using var response = await Platform.SendAsync(new HttpMethod(method), path, Platform.NationalTeam, new { slug = Tenant.NewSlug(), name = "Sneaked In", reason = "x" }, ifMatch: "\"1\"", headers);

        AssertGatewayNotFound(await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound), path);
    }

    [Fact]
    public async Task Internal_routes_are_404_under_a_tenant_too()
    {
        var tenant = await Platform.CreateTenantAsync(Tenant.NewSlug());
        var path = $"/t/{tenant.Slug}/internal/tenants/by-slug/{tenant.Slug}";

        using var response = await Platform.SendAsync(HttpMethod.Get, path, Platform.NationalTeam);

        AssertGatewayNotFound(await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound), path);
    }

    [Fact]
    public async Task A_national_team_token_creates_a_tenant_that_the_gateway_then_resolves()
    {
        var slug = Tenant.NewSlug();

        using var created = await Platform.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", Platform.NationalTeam, new { slug, name = "Resolved Trust" });
        var tenant = await Tenant.ReadAsync(created, HttpStatusCode.Created);
        using var byId = await Platform.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{tenant.Id}", Platform.NationalTeam);
        using var anonymousUnderTenant = await Platform.SendAsync(HttpMethod.Get, $"t/{slug}/api/v1/platform/tenants/{tenant.Id}");

        Assert.Equal((slug, "Resolved Trust", "Active", "\"1\""), (tenant.Slug, tenant.Name, tenant.Status, tenant.ETag));
        Assert.Equal($"/api/v1/platform/tenants/{tenant.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(tenant, await Tenant.ReadAsync(byId, HttpStatusCode.OK));

        // Resolved and forwarded: the service, not the gateway, wants a signed-in person.
        await Problems.AssertProblemAsync(anonymousUnderTenant, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unmapped_path_under_a_known_tenant_is_forwarded_and_the_service_answers_404()
    {
        var known = await Platform.CreateTenantAsync(Tenant.NewSlug());
        var unknownSlug = Tenant.NewSlug();

        using var forwarded = await Platform.SendAsync(HttpMethod.Get, $"t/{known.Slug}/api/v1/no-such-endpoint");
        using var refused = await Platform.SendAsync(HttpMethod.Get, $"t/{unknownSlug}/api/v1/no-such-endpoint");

        // The service saw the path relative to the tenant, and answered with its own problem.
        var fromService = await Problems.AssertProblemAsync(forwarded, HttpStatusCode.NotFound);
        Assert.Equal("/api/v1/no-such-endpoint", fromService.GetProperty("instance").GetString());
        Assert.NotEqual("Not found.", fromService.GetProperty("title").GetString());
        AssertGatewayNotFound(await Problems.AssertProblemAsync(refused, HttpStatusCode.NotFound), $"/t/{unknownSlug}/api/v1/no-such-endpoint");
    }

    [Fact]
    public async Task A_stale_If_Match_through_the_gateway_is_412_carrying_the_current_ETag()
    {
        var tenant = await Platform.CreateTenantAsync(Tenant.NewSlug());
        using var first = await Platform.SendAsync(HttpMethod.Patch, $"api/v1/platform/tenants/{tenant.Id}", Platform.NationalTeam, new { name = "First Rename" }, ifMatch: tenant.ETag);
        var current = await Tenant.ReadAsync(first, HttpStatusCode.OK);

        using var stale = await Platform.SendAsync(HttpMethod.Patch, $"api/v1/platform/tenants/{tenant.Id}", Platform.NationalTeam, new { name = "Second Rename" }, ifMatch: tenant.ETag);

        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(current.ETag, stale.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_suspended_tenant_is_404_within_the_cache_duration_for_anonymous_callers_and_non_members()
    {
        var tenant = await Platform.CreateTenantAsync(Tenant.NewSlug());
        var path = $"/t/{tenant.Slug}/api/v1/platform/tenants/{tenant.Id}";

        // Admitted and forwarded (the service wants a signed-in person): the gateway now caches the tenant as active.
        using (var before = await Platform.SendAsync(HttpMethod.Get, path))
        {
            await Problems.AssertProblemAsync(before, HttpStatusCode.Unauthorized);
        }

        using (var suspend = await Platform.SendAsync(HttpMethod.Post, $"api/v1/platform/tenants/{tenant.Id}/suspend", Platform.NationalTeam, new { reason = "Contract ended" }, ifMatch: tenant.ETag))
        {
            Assert.Equal("Suspended", (await Tenant.ReadAsync(suspend, HttpStatusCode.OK)).Status);
        }

        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await Platform.SendAsync(HttpMethod.Get, path);
                return (response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode}");
            },
            CacheDuration,
            "refusing the suspended tenant to anonymous callers");
        using var anonymous = await Platform.SendAsync(HttpMethod.Get, path);
        using var nationalTeam = await Platform.SendAsync(HttpMethod.Get, path, Platform.NationalTeam);

        AssertGatewayNotFound(await Problems.AssertProblemAsync(anonymous, HttpStatusCode.NotFound), path);
        AssertGatewayNotFound(await Problems.AssertProblemAsync(nationalTeam, HttpStatusCode.NotFound), path);
    }

    [Fact]
    public async Task The_national_team_sees_a_tenant_from_the_platform_routes_but_is_404_inside_it_without_a_membership()
    {
        var tenant = await Platform.CreateTenantAsync(Tenant.NewSlug());
        var inside = $"/t/{tenant.Slug}/api/v1/members";

        using var fromPlatform = await Platform.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{tenant.Id}", Platform.NationalTeam);
        using var fromInside = await Platform.SendAsync(HttpMethod.Get, inside, Platform.NationalTeam);

        Assert.Equal(tenant.Id, (await Tenant.ReadAsync(fromPlatform, HttpStatusCode.OK)).Id);
        AssertGatewayNotFound(await Problems.AssertProblemAsync(fromInside, HttpStatusCode.NotFound), inside);
    }

    [Fact]
    public async Task The_reporting_projection_lists_a_new_tenant_and_then_its_suspension()
    {
        var tenant = await Platform.CreateTenantAsync(Tenant.NewSlug(), "Reported Trust");

        await Reports.WaitForAsync(Platform, tenant.Slug, "Active");
        using (var suspend = await Platform.SendAsync(HttpMethod.Post, $"api/v1/platform/tenants/{tenant.Id}/suspend", Platform.NationalTeam, new { reason = "Audit" }, ifMatch: tenant.ETag))
        {
            await Tenant.ReadAsync(suspend, HttpStatusCode.OK);
        }

        await Reports.WaitForAsync(Platform, tenant.Slug, "Suspended");
        var reported = Assert.Single(await Reports.TenantsAsync(Platform), t => t.Slug == tenant.Slug);
        Assert.Equal((tenant.Id.ToString(), "Reported Trust"), (reported.Id, reported.Name));
    }

    [Fact]
    public async Task The_tenant_report_is_for_the_national_team_only()
    {
        using var anonymous = await Platform.SendAsync(HttpMethod.Get, "api/v1/platform/reports/tenants");
        using var other = await Platform.SendAsync(HttpMethod.Get, "api/v1/platform/reports/tenants", await Platform.SignInAsync("someone@school.test", "Someone Else"));

        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(other, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forged_internal_token_from_outside_grants_nothing_even_when_signed_with_the_real_key()
    {
        var slug = Tenant.NewSlug();
        var forged = new Dictionary<string, string> { [InternalToken.HeaderName] = Forger().Issue("forger", null, [PlatformRoles.NationalTeam]) };
        var forgedWithAnotherKey = new Dictionary<string, string>
        {
            [InternalToken.HeaderName] = Forger(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))).Issue("forger", null, [PlatformRoles.NationalTeam]),
        };

        using var alone = await Platform.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", body: new { slug, name = "Forged Trust" }, headers: forged);
        using var otherKey = await Platform.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", body: new { slug, name = "Forged Trust" }, headers: forgedWithAnotherKey);
        using var besideAPerson = await Platform.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", await Platform.SignInAsync("forger@school.test", "Forger"), new { slug, name = "Forged Trust" }, headers: forged);
        using var report = await Platform.SendAsync(HttpMethod.Get, "api/v1/platform/reports/tenants", headers: forged);

        await Problems.AssertProblemAsync(alone, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(otherKey, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(besideAPerson, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(report, HttpStatusCode.Unauthorized);
        using var notCreated = await Platform.SendAsync(HttpMethod.Get, $"t/{slug}/api/v1/platform/tenants", Platform.NationalTeam);
        await Problems.AssertProblemAsync(notCreated, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("untrusted issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired")]
    public async Task A_bad_bearer_token_is_401_at_the_gateway(string why)
    {
        var bearer = why switch
        {
            "untrusted issuer" => AllInOneProcess.Issuer.Create("person-1", [PlatformRoles.NationalTeam], issuerOverride: "https://evil.test"),
            "wrong audience" => AllInOneProcess.Issuer.Create("person-1", [PlatformRoles.NationalTeam], audienceOverride: "another-app"),
            _ => AllInOneProcess.Issuer.Create("person-1", [PlatformRoles.NationalTeam], expires: DateTime.UtcNow.AddMinutes(-5)),
        };

        using var response = await Platform.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", bearer, new { slug = Tenant.NewSlug(), name = "Refused" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("The bearer token is invalid, expired or from an untrusted issuer.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Without_demo_there_is_no_demo_tenant()
    {
        using var underDemo = await Platform.SendAsync(HttpMethod.Get, $"t/demo/api/v1/platform/tenants/{DemoTenantId}", Platform.NationalTeam);
        using var byId = await Platform.SendAsync(HttpMethod.Get, $"api/v1/platform/tenants/{DemoTenantId}", Platform.NationalTeam);

        AssertGatewayNotFound(await Problems.AssertProblemAsync(underDemo, HttpStatusCode.NotFound), $"/t/demo/api/v1/platform/tenants/{DemoTenantId}");
        await Problems.AssertProblemAsync(byId, HttpStatusCode.NotFound);
    }
}
