using System.Net;
using System.Text.Json;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Hosts;

/// <summary>Host organisations and the tenants they onboard, over HTTP against the real service.</summary>
public abstract class HostsApiContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private const string Platform = "api/v1/platform/hosts";

    private ImprovementHost Host => service.Host;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string National => Host.NationalTeam(Guid.NewGuid().ToString());

    private string AdminOf(Guid hostId) => Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.HostAdminOf(hostId)]);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<JsonElement> CreateHostAsync(string name = "Northshire County Council")
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Platform, National, new { name, kind = "LocalAuthority" });
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    private async Task<JsonElement> OnboardAsync(Guid hostId)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/tenants", AdminOf(hostId), new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Northshire Schools Partnership" });
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_national_team_creates_hosts_idempotently_and_lists_them_a_page_at_a_time()
    {
        var national = National;
        using var first = await Host.SendAsync(HttpMethod.Post, Platform, national, new { name = "Ridgeway Trust", kind = "Trust" }, idempotencyKey: "h1");
        using var retry = await Host.SendAsync(HttpMethod.Post, Platform, national, new { name = "Ridgeway Trust", kind = "Trust" }, idempotencyKey: "h1");
        await CreateHostAsync();
        using var invalid = await Host.SendAsync(HttpMethod.Post, Platform, national, new { name = " ", kind = (string?)null });
        using var hostAdmin = await Host.SendAsync(HttpMethod.Post, Platform, AdminOf(Guid.NewGuid()), new { name = "Refused", kind = "Trust" });
        using var anonymous = await Host.SendAsync(HttpMethod.Get, Platform, null);

        var created = await JsonAsync(first, HttpStatusCode.Created);
        Assert.Equal(created.GetProperty("id").GetGuid(), (await JsonAsync(retry, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        var errors = (await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("kind", out _));
        await Problems.AssertProblemAsync(hostAdmin, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);

        using var page1 = await Host.SendAsync(HttpMethod.Get, $"{Platform}?limit=1", national);
        var one = await JsonAsync(page1, HttpStatusCode.OK);
        Assert.Single(one.GetProperty("items").EnumerateArray());
        using var page2 = await Host.SendAsync(HttpMethod.Get, $"{Platform}?limit=200&cursor={one.GetProperty("nextCursor").GetString()}", national);
        var rest = await JsonAsync(page2, HttpStatusCode.OK);
        Assert.NotEmpty(rest.GetProperty("items").EnumerateArray());
        Assert.DoesNotContain(rest.GetProperty("items").EnumerateArray(), h => h.GetProperty("id").GetGuid() == one.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Updating_a_host_needs_the_current_ETag()
    {
        var created = await CreateHostAsync();
        var path = $"{Platform}/{created.GetProperty("id").GetGuid()}";

        using var noIfMatch = await Host.SendAsync(new HttpMethod("PATCH"), path, National, new { name = "Renamed Council" });
        using var renamed = await Host.SendAsync(new HttpMethod("PATCH"), path, National, new { name = "Renamed Council", status = "Inactive" }, ifMatch: created.GetProperty("eTag").GetString());
        using var stale = await Host.SendAsync(new HttpMethod("PATCH"), path, National, new { name = "Again" }, ifMatch: created.GetProperty("eTag").GetString());

        await Problems.AssertProblemAsync(noIfMatch, (HttpStatusCode)428);
        var host = await JsonAsync(renamed, HttpStatusCode.OK);
        Assert.Equal(("Renamed Council", "Inactive"), (host.GetProperty("name").GetString(), host.GetProperty("status").GetString()));
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(host.GetProperty("eTag").GetString(), stale.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_host_admin_onboards_lists_suspends_and_reinstates_its_own_tenants_only()
    {
        var hostId = (await CreateHostAsync()).GetProperty("id").GetGuid();
        var otherHostId = (await CreateHostAsync("Southshire Council")).GetProperty("id").GetGuid();
        var tenant = await OnboardAsync(hostId);
        var tenantId = tenant.GetProperty("id").GetGuid();
        var admin = AdminOf(hostId);
        var suspend = $"api/v1/hosts/{hostId}/tenants/{tenantId}/suspend";

        using var otherAdmin = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/tenants", AdminOf(otherHostId), new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Refused" });
        using var badSlug = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/tenants", admin, new { slug = "Bad Slug", name = "X" });
        using var list = await Host.SendAsync(HttpMethod.Get, $"api/v1/hosts/{hostId}/tenants", admin);
        using var viaOtherHost = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{otherHostId}/tenants/{tenantId}/suspend", AdminOf(otherHostId), new { reason = "No" }, ifMatch: "\"1\"");
        using var noIfMatch = await Host.SendAsync(HttpMethod.Post, suspend, admin, new { reason = "Contract paused" });
        using var suspended = await Host.SendAsync(HttpMethod.Post, suspend, admin, new { reason = "Contract paused" }, ifMatch: tenant.GetProperty("eTag").GetString());
        using var twice = await Host.SendAsync(HttpMethod.Post, suspend, admin, new { reason = "Again" }, ifMatch: suspended.Headers.ETag?.ToString());
        using var reinstated = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/tenants/{tenantId}/reinstate", National, ifMatch: suspended.Headers.ETag?.ToString());

        Assert.Equal(hostId, tenant.GetProperty("hostId").GetGuid());
        await Problems.AssertProblemAsync(otherAdmin, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(badSlug, HttpStatusCode.BadRequest);
        Assert.Equal(tenantId, Assert.Single((await JsonAsync(list, HttpStatusCode.OK)).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        await Problems.AssertProblemAsync(viaOtherHost, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(noIfMatch, (HttpStatusCode)428);
        Assert.Equal("Suspended", (await JsonAsync(suspended, HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("Suspended", (await Problems.AssertProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("from").GetString());
        Assert.Equal("Active", (await JsonAsync(reinstated, HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_inactive_host_cannot_onboard_and_an_unknown_host_is_not_found()
    {
        var created = await CreateHostAsync();
        var hostId = created.GetProperty("id").GetGuid();
        using var deactivate = await Host.SendAsync(new HttpMethod("PATCH"), $"{Platform}/{hostId}", National, new { status = "Inactive" }, ifMatch: created.GetProperty("eTag").GetString());
        await JsonAsync(deactivate, HttpStatusCode.OK);
        var unknown = Guid.NewGuid();

        using var onboard = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/tenants", AdminOf(hostId), new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Late Partnership" });
        using var missing = await Host.SendAsync(HttpMethod.Get, $"api/v1/hosts/{unknown}", AdminOf(unknown));

        Assert.EndsWith("host-inactive", (await Problems.AssertProblemAsync(onboard, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Host_admin_invitations_come_from_the_national_team_or_the_hosts_admins()
    {
        var hostId = (await CreateHostAsync()).GetProperty("id").GetGuid();
        var email = $"h{Guid.NewGuid():N}@council.example";

        using var first = await Host.SendAsync(HttpMethod.Post, $"{Platform}/{hostId}/invitations", National, new { email });
        using var byAdmin = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/invitations", AdminOf(hostId), new { email = "second@council.example" });
        using var stranger = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/invitations", AdminOf(Guid.NewGuid()), new { email = "third@council.example" });
        using var invalid = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{hostId}/invitations", AdminOf(hostId), new { email = "not-an-address" });

        Assert.Equal(PlatformRoles.HostAdminOf(hostId), (await JsonAsync(first, HttpStatusCode.Created)).GetProperty("roleName").GetString());
        await JsonAsync(byAdmin, HttpStatusCode.Created);
        await Problems.AssertProblemAsync(stranger, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);

        using var resolved = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("https://id.example", "h-" + email, email, null));
        var resolution = await TenantResponses.ReadAsync<SignInResolution>(resolved);
        Assert.Equal([PlatformRoles.HostAdminOf(hostId)], resolution!.PlatformRoles);
    }

    [Fact]
    public async Task A_host_admin_invites_the_first_admin_of_its_tenant_who_may_then_invite_host_admins()
    {
        var hostId = (await CreateHostAsync()).GetProperty("id").GetGuid();
        var otherHostId = (await CreateHostAsync("Westshire Council")).GetProperty("id").GetGuid();
        var tenantId = (await OnboardAsync(hostId)).GetProperty("id").GetGuid();
        var email = $"a{Guid.NewGuid():N}@partnership.example";
        var invitations = $"api/v1/hosts/{hostId}/invitations";

        using var invited = await Host.SendAsync(HttpMethod.Post, invitations, AdminOf(hostId), new { email, tenantId, role = "TenantAdmin" });
        using var otherHost = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{otherHostId}/invitations", AdminOf(otherHostId), new { email, tenantId, role = "TenantAdmin" });
        using var noRole = await Host.SendAsync(HttpMethod.Post, invitations, AdminOf(hostId), new { email, tenantId });

        Assert.Equal(PlatformRoles.TenantAdmin, (await JsonAsync(invited, HttpStatusCode.Created)).GetProperty("roleName").GetString());
        await Problems.AssertProblemAsync(otherHost, HttpStatusCode.NotFound);
        Assert.True((await Problems.AssertProblemAsync(noRole, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("role", out _));

        using var resolved = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("https://id.example", "a-" + email, email, null));
        var personId = (await TenantResponses.ReadAsync<SignInResolution>(resolved))!.PersonId;
        var outsideTenants = Host.Tokens.Issue(personId.ToString(), null, []);

        using var byTenantAdmin = await Host.SendAsync(HttpMethod.Post, invitations, outsideTenants, new { email = $"b{Guid.NewGuid():N}@council.example" });
        using var tenantRoleByTenantAdmin = await Host.SendAsync(HttpMethod.Post, invitations, outsideTenants, new { email = $"c{Guid.NewGuid():N}@council.example", tenantId, role = "Facilitator" });
        using var otherHostByTenantAdmin = await Host.SendAsync(HttpMethod.Post, $"api/v1/hosts/{otherHostId}/invitations", outsideTenants, new { email = $"d{Guid.NewGuid():N}@council.example" });

        await JsonAsync(byTenantAdmin, HttpStatusCode.Created);
        await Problems.AssertProblemAsync(tenantRoleByTenantAdmin, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(otherHostByTenantAdmin, HttpStatusCode.Forbidden);
    }
}

/// <summary>Host organisations and the tenants they onboard on the SQLite store.</summary>
public sealed class HostsApiOnSqlite(SqliteImprovementService service) : HostsApiContract<SqliteImprovementService>(service);

/// <summary>Host organisations and the tenants they onboard on the PostgreSQL store.</summary>
public sealed class HostsApiOnPostgres(PostgresImprovementService service) : HostsApiContract<PostgresImprovementService>(service);
