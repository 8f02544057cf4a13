using System.Net;
using System.Text.Json;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Audit;

/// <summary>Tenant administrators read who changed what in their tenant, and nothing of any other tenant.</summary>
public sealed class AuditTrailApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private ImprovementHost Host => service.Host;

    private async Task<(Guid TenantId, Guid Actor)> CreateAndRenameTenantAsync()
    {
        var actor = Guid.NewGuid();
        var token = Host.Tokens.Issue(actor.ToString(), null, [PlatformRoles.NationalTeam]);
        using var created = await Host.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", token, new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Before Trust" });
        var tenant = await TenantResponses.AssertTenantAsync(created, HttpStatusCode.Created);
        using var renamed = await Host.SendAsync(HttpMethod.Patch, $"api/v1/platform/tenants/{tenant.Id}", token, new { name = "After Trust" }, ifMatch: tenant.ETag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        return (tenant.Id, actor);
    }

    private string AdminOf(Guid tenantId) => Host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [PlatformRoles.TenantAdmin]);

    [Fact]
    public async Task A_tenant_admin_reads_who_changed_which_field_from_what_to_what()
    {
        var (tenantId, actor) = await CreateAndRenameTenantAsync();

        using var response = await Host.SendAsync(HttpMethod.Get, "api/v1/audit?resourceType=tenant", AdminOf(tenantId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([nameof(ITenantGrain.Create), nameof(ITenantGrain.Rename)], items.Select(i => i.GetProperty("operation").GetString()));
        Assert.All(items, i => Assert.Equal($"person:{actor:D}", i.GetProperty("actor").GetString()));
        var rename = items[1].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("name", rename.GetProperty("path").GetString());
        Assert.Equal("Before Trust", rename.GetProperty("before").GetString());
        Assert.Equal("After Trust", rename.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Another_tenants_admin_sees_none_of_it()
    {
        var (tenantId, _) = await CreateAndRenameTenantAsync();

        using var response = await Host.SendAsync(HttpMethod.Get, $"api/v1/audit?resourceType=tenant&resourceId={tenantId}", AdminOf(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(page.RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Pages_follow_the_cursor_to_the_end()
    {
        var (tenantId, _) = await CreateAndRenameTenantAsync();

        using var first = await Host.SendAsync(HttpMethod.Get, "api/v1/audit?limit=1", AdminOf(tenantId));
        using var firstPage = JsonDocument.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var cursor = firstPage.RootElement.GetProperty("nextCursor").GetString();
        using var second = await Host.SendAsync(HttpMethod.Get, $"api/v1/audit?limit=1&cursor={cursor}", AdminOf(tenantId));
        using var secondPage = JsonDocument.Parse(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Create", firstPage.RootElement.GetProperty("items")[0].GetProperty("operation").GetString());
        Assert.Equal("Rename", secondPage.RootElement.GetProperty("items")[0].GetProperty("operation").GetString());
    }

    [Theory]
    [InlineData(PlatformRoles.Facilitator)]
    [InlineData("school-member:100001")]
    public async Task A_member_who_is_not_an_admin_is_403(string role)
    {
        var (tenantId, _) = await CreateAndRenameTenantAsync();

        using var response = await Host.SendAsync(HttpMethod.Get, "api/v1/audit", Host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [role]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_token_is_401_and_the_national_team_outside_a_tenant_is_403()
    {
        using var anonymous = await Host.SendAsync(HttpMethod.Get, "api/v1/audit", token: null);
        using var national = await Host.SendAsync(HttpMethod.Get, "api/v1/audit", Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.NationalTeam]));

        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(national, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("cursor=abc")]
    [InlineData("resourceId=x")]
    public async Task Bad_paging_or_filters_are_400(string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"api/v1/audit?{query}", AdminOf(Guid.NewGuid()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
