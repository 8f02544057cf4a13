using System.Net;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Tests.Partnerships.Support;
using Spp.Improvement.Tests.Support;
using static Spp.Improvement.Tests.Partnerships.Support.PartnershipCalls;

namespace Spp.Improvement.Tests.Partnerships;

/// <summary>The partnership routes over HTTP against the real service host on SQLite, with the tokens the gateway forwards.</summary>
public sealed class PartnershipsApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string ProblemBase = "https://spp-platform.org/problems/";

    private ImprovementHost Host => service.Host;

    private static async Task AssertProblemTypeAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var problem = await Problems.AssertProblemAsync(response, status);
        Assert.Equal(ProblemBase + type, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_tenant_admin_creates_a_forming_partnership_with_its_location_and_ETag()
    {
        var callers = await TenantCallers.CreateAsync(Host);

        using var response = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, callers.AdminToken, new { name = "Hilltop Partnership", phase = "Build", phaseStarts = "2026-09-01" });

        var partnership = await AssertAsync<PartnershipView>(response, HttpStatusCode.Created, p => p.ETag);
        Assert.Equal(("Hilltop Partnership", ProgrammePhase.Build, callers.TenantId, false), (partnership.Name, partnership.Phase, partnership.TenantId, partnership.IsFormed));
        Assert.Equal($"/api/v1/partnerships/{partnership.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_create_retried_with_the_same_Idempotency_Key_returns_the_first_partnership()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var admin = callers.AdminToken;
        var body = new { name = "Retried Partnership", phaseStarts = "2026-09-01" };

        using var first = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, admin, body, idempotencyKey: "create-1");
        using var retry = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, admin, body, idempotencyKey: "create-1");

        AssertSame(await AssertAsync<PartnershipView>(first, HttpStatusCode.Created), await AssertAsync<PartnershipView>(retry, HttpStatusCode.Created));
    }

    [Fact]
    public async Task Only_tenant_admins_create_partnerships()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var body = new { name = "Hilltop Partnership", phaseStarts = "2026-09-01" };

        using var facilitator = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, callers.FacilitatorToken, body);
        using var member = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, callers.MemberToken(), body);
        using var anonymous = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, null, body);

        await AssertProblemTypeAsync(facilitator, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(member, HttpStatusCode.Forbidden, "forbidden");
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_create_with_bad_fields_is_400_listing_each_field()
    {
        var callers = await TenantCallers.CreateAsync(Host);

        using var response = await Host.SendAsync(HttpMethod.Post, PartnershipsRoute, callers.AdminToken, new { name = " ", phaseStarts = (string?)null });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("phaseStarts", out _));
    }

    [Fact]
    public async Task Any_member_of_the_tenant_reads_a_partnership_and_another_tenant_gets_404()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = await CreateAsync(Host, callers);

        using var member = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}/{created.Id}", callers.MemberToken());
        using var otherTenant = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}/{created.Id}", callers.OtherTenantAdminToken);
        using var unknown = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}/{Guid.CreateVersion7()}", callers.AdminToken);

        AssertSame(created, await AssertAsync<PartnershipView>(member, HttpStatusCode.OK, p => p.ETag));
        await AssertProblemTypeAsync(otherTenant, HttpStatusCode.NotFound, "not-found");
        Assert.DoesNotContain(created.Name, await otherTenant.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await AssertProblemTypeAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_list_pages_with_a_cursor_and_shows_only_the_tenants_own()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await CreateAsync(Host, callers, $"Partnership {i}")).Id);
        }

        await CreateAsync(Host, await TenantCallers.CreateAsync(Host), "Another tenant's");

        using var first = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}?limit=2", callers.MemberToken());
        var page1 = await AssertAsync<PartnershipPage>(first, HttpStatusCode.OK);
        using var second = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}?limit=2&cursor={page1.NextCursor}", callers.MemberToken());
        var page2 = await AssertAsync<PartnershipPage>(second, HttpStatusCode.OK);

        Assert.Equal(2, page1.Items.Count);
        Assert.NotNull(page1.NextCursor);
        Assert.Null(page2.NextCursor);
        Assert.Equal(created.Order(), page1.Items.Concat(page2.Items).Select(p => p.Id));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("limit=ten")]
    [InlineData("cursor=not-a-cursor")]
    public async Task A_bad_limit_or_cursor_is_400(string query)
    {
        var callers = await TenantCallers.CreateAsync(Host);

        using var response = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}?{query}", callers.AdminToken);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _));
    }

    [Fact]
    public async Task A_rename_needs_If_Match_and_the_current_ETag()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = await CreateAsync(Host, callers);
        var path = $"{PartnershipsRoute}/{created.Id}";

        using var missing = await Host.SendAsync(HttpMethod.Patch, path, callers.AdminToken, new { name = "Renamed" });
        using var renamed = await Host.SendAsync(HttpMethod.Patch, path, callers.AdminToken, new { name = "Renamed" }, ifMatch: created.ETag);
        var current = await AssertAsync<PartnershipView>(renamed, HttpStatusCode.OK, p => p.ETag);
        using var stale = await Host.SendAsync(HttpMethod.Patch, path, callers.AdminToken, new { name = "Too late" }, ifMatch: created.ETag);
        using var invalid = await Host.SendAsync(HttpMethod.Patch, path, callers.AdminToken, new { name = "" }, ifMatch: current.ETag);

        await AssertProblemTypeAsync(missing, HttpStatusCode.PreconditionRequired, "precondition-required");
        Assert.Equal("Renamed", current.Name);
        await AssertProblemTypeAsync(stale, HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Equal(current.ETag, stale.Headers.ETag?.ToString());
        await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_a_tenant_admin_of_the_same_tenant_changes_a_partnership()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = await CreateAsync(Host, callers);
        var path = $"{PartnershipsRoute}/{created.Id}";

        using var facilitator = await Host.SendAsync(HttpMethod.Patch, path, callers.FacilitatorToken, new { name = "Renamed" }, ifMatch: created.ETag);
        using var otherTenant = await Host.SendAsync(HttpMethod.Patch, path, callers.OtherTenantAdminToken, new { name = "Renamed" }, ifMatch: created.ETag);
        using var addSchool = await Host.SendAsync(HttpMethod.Post, $"{path}/schools", callers.MemberToken(), new { urn = 100001 }, ifMatch: created.ETag);
        using var phase = await Host.SendAsync(HttpMethod.Post, $"{path}/phase", callers.FacilitatorToken, new { phase = "Embed", starts = "2027-09-01" }, ifMatch: created.ETag);

        await AssertProblemTypeAsync(facilitator, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(otherTenant, HttpStatusCode.NotFound, "not-found");
        await AssertProblemTypeAsync(addSchool, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(phase, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_phase_moves_forward_and_going_back_is_409_naming_the_phase()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = await CreateAsync(Host, callers);
        var path = $"{PartnershipsRoute}/{created.Id}/phase";

        using var forward = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { phase = "Embed", starts = "2027-09-01" }, ifMatch: created.ETag);
        var embed = await AssertAsync<PartnershipView>(forward, HttpStatusCode.OK, p => p.ETag);
        using var back = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { phase = "Build", starts = "2028-09-01" }, ifMatch: embed.ETag);
        using var early = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { phase = "Sustain", starts = "2027-01-01" }, ifMatch: embed.ETag);
        using var missing = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { ends = "2027-01-01" }, ifMatch: embed.ETag);

        Assert.Equal(ProgrammePhase.Embed, embed.Phase);
        var conflict = await Problems.AssertProblemAsync(back, HttpStatusCode.Conflict);
        Assert.Equal("Embed", conflict.GetProperty("from").GetString());
        await AssertProblemTypeAsync(early, HttpStatusCode.UnprocessableEntity, "phase-dates-out-of-order");
        var invalid = await Problems.AssertProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("phase", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("starts", out _));
    }

    [Fact]
    public async Task The_facilitator_is_a_facilitator_of_the_tenant()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var created = await CreateAsync(Host, callers);
        var path = $"{PartnershipsRoute}/{created.Id}/facilitator";

        using var notFacilitator = await Host.SendAsync(HttpMethod.Put, path, callers.AdminToken, new { personId = Guid.CreateVersion7() }, ifMatch: created.ETag);
        using var missing = await Host.SendAsync(HttpMethod.Put, path, callers.AdminToken, new { }, ifMatch: created.ETag);
        using var appointed = await Host.SendAsync(HttpMethod.Put, path, callers.AdminToken, new { personId = callers.FacilitatorId }, ifMatch: created.ETag);

        await AssertProblemTypeAsync(notFacilitator, HttpStatusCode.UnprocessableEntity, "not-a-facilitator");
        await Problems.AssertProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.Equal(callers.FacilitatorId, (await AssertAsync<PartnershipView>(appointed, HttpStatusCode.OK, p => p.ETag)).FacilitatorId);
    }

    [Fact]
    public async Task Schools_join_and_leave_and_an_unenrolled_school_is_422()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, schools) = await WithSchoolsAsync(Host, callers, 3);
        var path = $"{PartnershipsRoute}/{partnership.Id}/schools";

        using var unenrolled = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { urn = TenantSchools.NewUrn() }, ifMatch: partnership.ETag);
        using var badUrn = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { urn = 12 }, ifMatch: partnership.ETag);
        using var noIfMatch = await Host.SendAsync(HttpMethod.Delete, $"{path}/{schools[0].Urn}", callers.AdminToken);
        using var removed = await Host.SendAsync(HttpMethod.Delete, $"{path}/{schools[0].Urn}", callers.AdminToken, ifMatch: partnership.ETag);

        Assert.True(partnership.IsFormed);
        await AssertProblemTypeAsync(unenrolled, HttpStatusCode.UnprocessableEntity, "school-not-enrolled");
        await Problems.AssertProblemAsync(badUrn, HttpStatusCode.BadRequest);
        await AssertProblemTypeAsync(noIfMatch, HttpStatusCode.PreconditionRequired, "precondition-required");
        var after = await AssertAsync<PartnershipView>(removed, HttpStatusCode.OK, p => p.ETag);
        Assert.Equal(schools.Skip(1).Select(s => s.Urn).Order(), after.SchoolUrns);
        Assert.False(after.IsFormed);
    }

    [Fact]
    public async Task The_partnerships_facilitator_manages_its_champions_and_a_school_member_may_not()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, schools) = await WithSchoolsAsync(Host, callers, 3);
        var path = $"{PartnershipsRoute}/{partnership.Id}/champions";
        var champion = new { personId = schools[0].Teacher, urn = schools[0].Urn };

        using var member = await Host.SendAsync(HttpMethod.Put, path, callers.PersonToken(schools[0].Headteacher, schools[0].Urn), new { champions = new[] { champion } }, ifMatch: partnership.ETag);
        using var otherFacilitator = await Host.SendAsync(HttpMethod.Put, path, callers.OtherFacilitatorToken, new { champions = new[] { champion } }, ifMatch: partnership.ETag);
        using var duplicate = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { champions = new[] { champion, champion } }, ifMatch: partnership.ETag);
        using var notStaff = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { champions = new[] { new { personId = schools[1].Teacher, urn = schools[0].Urn } } }, ifMatch: partnership.ETag);
        using var set = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { champions = new[] { champion } }, ifMatch: partnership.ETag);

        await AssertProblemTypeAsync(member, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(otherFacilitator, HttpStatusCode.Forbidden, "forbidden");
        await Problems.AssertProblemAsync(duplicate, HttpStatusCode.BadRequest);
        await AssertProblemTypeAsync(notStaff, HttpStatusCode.UnprocessableEntity, "champion-not-school-staff");
        Assert.Equal([new ChampionView(schools[0].Teacher, schools[0].Urn)], (await AssertAsync<PartnershipView>(set, HttpStatusCode.OK, p => p.ETag)).Champions);
    }
}
