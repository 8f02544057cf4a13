using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Cycles.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>"What's next": a person's outstanding tasks across tenants and cycles, from the cycles' own state.</summary>
public sealed class WhatsNextApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private ImprovementHost Host => service.Host;

    private IGrainFactory Grains => Host.App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A tenant with one open cycle whose headteacher is a registered member of the school.</summary>
    private async Task<CycleWorld> OpenCycleAsync()
    {
        var world = new CycleWorld();
        await Grains.GetGrain<ITenantGrain>(world.TenantId).Create("t-" + world.TenantId.ToString("N")[..12], "Next Steps Trust");
        await world.EnrolSchoolAsync(Grains);
        var head = Grains.GetGrain<IPersonGrain>(world.Headteacher);
        await head.Register("head-" + world.Headteacher.ToString("N")[..8] + "@school.example", "Head Teacher");
        await head.Grant(RoleGrant.SchoolMemberOf(world.TenantId, world.Urn, SchoolRole.Headteacher));
        await Grains.GetGrain<IReviewCycleGrain>(world.CycleId).Open(world.Opening());
        return world;
    }

    private async Task<List<JsonElement>> NextAsync(Guid personId)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "api/v1/me/next", Host.Tokens.Issue(personId.ToString(), null, []));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return [.. body.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task The_headteacher_of_a_school_in_self_review_is_asked_to_submit_it()
    {
        var world = await OpenCycleAsync();

        var items = await NextAsync(world.Headteacher);

        var task = Assert.Single(items);
        Assert.Equal("submit-self-review", task.GetProperty("kind").GetString());
        Assert.Equal(world.CycleId, task.GetProperty("cycleId").GetGuid());
        Assert.Equal(world.TenantId, task.GetProperty("tenantId").GetGuid());
        Assert.Equal(world.Urn, task.GetProperty("urn").GetInt32());
        Assert.Equal(nameof(CycleStage.SelfReview), task.GetProperty("stage").GetString());
        Assert.StartsWith("t-", task.GetProperty("tenantSlug").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_left_the_tenant_has_nothing_to_do_there()
    {
        var world = await OpenCycleAsync();
        await Grains.GetGrain<IPersonGrain>(world.Headteacher).RemoveMembership(world.TenantId, ifMatch: null);

        Assert.Empty(await NextAsync(world.Headteacher));
    }

    [Fact]
    public async Task Nothing_is_asked_of_the_members_of_a_suspended_tenant()
    {
        var world = await OpenCycleAsync();
        var tenant = Grains.GetGrain<ITenantGrain>(world.TenantId);
        await tenant.Suspend("Contract ended", (await tenant.Get()).ETag);

        Assert.Empty(await NextAsync(world.Headteacher));
    }

    [Fact]
    public async Task Someone_with_no_part_in_any_cycle_has_an_empty_list()
    {
        var someone = Guid.NewGuid();
        await Grains.GetGrain<IPersonGrain>(someone).Register("nobody-" + someone.ToString("N")[..8] + "@school.example", "No One");

        Assert.Empty(await NextAsync(someone));
    }

    [Fact]
    public async Task An_anonymous_caller_is_401()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "api/v1/me/next", Host.Tokens.Issue(InternalToken.AnonymousSubject, null, []));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
