using System.Net;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Rounds;
using Spp.Improvement.Tests.Partnerships.Support;
using Spp.Improvement.Tests.Support;
using static Spp.Improvement.Tests.Partnerships.Support.PartnershipCalls;

namespace Spp.Improvement.Tests.Rounds;

/// <summary>The round and rota routes over HTTP against the real service host on SQLite.</summary>
public sealed class RoundsApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string ProblemBase = "https://spp-platform.org/problems/";
    private const string RoundsRoute = "api/v1/rounds";

    private ImprovementHost Host => service.Host;

    private static async Task AssertProblemTypeAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var problem = await Problems.AssertProblemAsync(response, status);
        Assert.Equal(ProblemBase + type, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_partnerships_facilitator_schedules_a_round_with_its_location()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 3);

        using var response = await Host.SendAsync(
            HttpMethod.Post, $"{PartnershipsRoute}/{partnership.Id}/rounds", callers.FacilitatorToken, new { name = "2026–27 round 1", windowStarts = "2026-10-01", windowEnds = "2026-12-18" });

        var round = await AssertAsync<RoundView>(response, HttpStatusCode.Created, r => r.ETag);
        Assert.Equal((partnership.Id, RoundStatus.Planning, "2026–27 round 1"), (round.PartnershipId, round.Status, round.Name));
        Assert.Equal($"/api/v1/rounds/{round.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_round_retried_with_the_same_Idempotency_Key_is_scheduled_once()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 3);
        var body = new { name = "2026–27 round 1", windowStarts = "2026-10-01", windowEnds = "2026-12-18" };
        var admin = callers.AdminToken;

        using var first = await Host.SendAsync(HttpMethod.Post, $"{PartnershipsRoute}/{partnership.Id}/rounds", admin, body, idempotencyKey: "round-1");
        using var retry = await Host.SendAsync(HttpMethod.Post, $"{PartnershipsRoute}/{partnership.Id}/rounds", admin, body, idempotencyKey: "round-1");
        using var list = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}/{partnership.Id}/rounds", callers.MemberToken());

        AssertSame(await AssertAsync<RoundView>(first, HttpStatusCode.Created), await AssertAsync<RoundView>(retry, HttpStatusCode.Created));
        Assert.Single((await AssertAsync<RoundPage>(list, HttpStatusCode.OK)).Items);
    }

    [Fact]
    public async Task Scheduling_is_refused_to_other_roles_and_tenants_and_checks_the_window()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 3);
        var path = $"{PartnershipsRoute}/{partnership.Id}/rounds";
        var body = new { name = "2026–27 round 1", windowStarts = "2026-10-01", windowEnds = "2026-12-18" };

        using var otherFacilitator = await Host.SendAsync(HttpMethod.Post, path, callers.OtherFacilitatorToken, body);
        using var member = await Host.SendAsync(HttpMethod.Post, path, callers.MemberToken(), body);
        using var otherTenant = await Host.SendAsync(HttpMethod.Post, path, callers.OtherTenantAdminToken, body);
        using var anonymous = await Host.SendAsync(HttpMethod.Post, path, null, body);
        using var backwards = await Host.SendAsync(HttpMethod.Post, path, callers.AdminToken, new { name = "Backwards", windowStarts = "2026-12-18", windowEnds = "2026-10-01" });

        await AssertProblemTypeAsync(otherFacilitator, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(member, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(otherTenant, HttpStatusCode.NotFound, "not-found");
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        var invalid = await Problems.AssertProblemAsync(backwards, HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("windowEnds", out _));
    }

    [Fact]
    public async Task Members_read_a_round_and_another_tenant_gets_404()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 3);
        var round = await ScheduleAsync(Host, callers, partnership.Id);

        using var member = await Host.SendAsync(HttpMethod.Get, $"{RoundsRoute}/{round.Id}", callers.MemberToken());
        using var otherTenant = await Host.SendAsync(HttpMethod.Get, $"{RoundsRoute}/{round.Id}", callers.OtherTenantAdminToken);
        using var otherTenantList = await Host.SendAsync(HttpMethod.Get, $"{PartnershipsRoute}/{partnership.Id}/rounds", callers.OtherTenantAdminToken);

        Assert.Equal(round.Id, (await AssertAsync<RoundView>(member, HttpStatusCode.OK, r => r.ETag)).Id);
        await AssertProblemTypeAsync(otherTenant, HttpStatusCode.NotFound, "not-found");
        await AssertProblemTypeAsync(otherTenantList, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_platform_proposes_a_rota_on_request_with_If_Match()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, schools) = await WithSchoolsAsync(Host, callers, 4);
        var round = await ScheduleAsync(Host, callers, partnership.Id);
        var path = $"{RoundsRoute}/{round.Id}/rota/proposal";

        using var missing = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken);
        using var tooMany = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken, new { extraReviewers = 9 }, ifMatch: round.ETag);
        using var member = await Host.SendAsync(HttpMethod.Post, path, callers.MemberToken(), ifMatch: round.ETag);
        using var proposed = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken, ifMatch: round.ETag);
        using var stale = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken, new { extraReviewers = 0 }, ifMatch: round.ETag);

        await AssertProblemTypeAsync(missing, HttpStatusCode.PreconditionRequired, "precondition-required");
        await Problems.AssertProblemAsync(tooMany, HttpStatusCode.BadRequest);
        await AssertProblemTypeAsync(member, HttpStatusCode.Forbidden, "forbidden");
        var withRota = await AssertAsync<RoundView>(proposed, HttpStatusCode.OK, r => r.ETag);
        Assert.Equal(schools.Select(s => s.Urn).Order(), withRota.Rota.Select(e => e.Urn));
        Assert.All(withRota.Rota, e => Assert.NotNull(e.LeadReviewer));
        Assert.Empty(withRota.Warnings);
        await AssertProblemTypeAsync(stale, HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Equal(withRota.ETag, stale.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task The_facilitators_rota_keeps_the_hard_rules_and_warns_on_the_soft_ones()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, s) = await WithSchoolsAsync(Host, callers, 3);
        var round = await ScheduleAsync(Host, callers, partnership.Id);
        var path = $"{RoundsRoute}/{round.Id}/rota";
        object Entry(int urn, Guid person, int from) => new { urn, leadReviewer = new { personId = person, urn = from }, reviewers = Array.Empty<object>() };

        using var own = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { rota = new[] { Entry(s[0].Urn, s[0].Headteacher, s[0].Urn) } }, ifMatch: round.ETag);
        using var notStaff = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { rota = new[] { Entry(s[0].Urn, s[1].Teacher, s[1].Urn) } }, ifMatch: round.ETag);
        using var twice = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { rota = new[] { Entry(s[0].Urn, s[1].Headteacher, s[1].Urn), Entry(s[0].Urn, s[2].Headteacher, s[2].Urn) } }, ifMatch: round.ETag);
        using var malformed = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new { rota = new[] { new { urn = 5 } } }, ifMatch: round.ETag);
        using var reciprocal = await Host.SendAsync(HttpMethod.Put, path, callers.FacilitatorToken, new
        {
            rota = new[] { Entry(s[0].Urn, s[1].Headteacher, s[1].Urn), Entry(s[1].Urn, s[0].Headteacher, s[0].Urn), Entry(s[2].Urn, s[0].SeniorLeaders[0], s[0].Urn) },
        }, ifMatch: round.ETag);

        await AssertProblemTypeAsync(own, HttpStatusCode.UnprocessableEntity, "reviewer-from-own-school");
        await AssertProblemTypeAsync(notStaff, HttpStatusCode.UnprocessableEntity, "reviewer-not-partner-staff");
        await Problems.AssertProblemAsync(twice, HttpStatusCode.BadRequest);
        await Problems.AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        var saved = await AssertAsync<RoundView>(reciprocal, HttpStatusCode.OK, r => r.ETag);
        Assert.Contains(saved.Warnings, w => w.Rule == "reciprocal-review");
    }

    [Fact]
    public async Task A_round_of_a_forming_partnership_cannot_start()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 2);
        var round = await ScheduleAsync(Host, callers, partnership.Id);
        var path = $"{RoundsRoute}/{round.Id}/start";

        using var missing = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken);
        using var otherTenant = await Host.SendAsync(HttpMethod.Post, path, callers.OtherTenantAdminToken, ifMatch: round.ETag);
        using var member = await Host.SendAsync(HttpMethod.Post, path, callers.MemberToken(), ifMatch: round.ETag);
        using var forming = await Host.SendAsync(HttpMethod.Post, path, callers.FacilitatorToken, ifMatch: round.ETag);

        await AssertProblemTypeAsync(missing, HttpStatusCode.PreconditionRequired, "precondition-required");
        await AssertProblemTypeAsync(otherTenant, HttpStatusCode.NotFound, "not-found");
        await AssertProblemTypeAsync(member, HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemTypeAsync(forming, HttpStatusCode.UnprocessableEntity, "partnership-not-formed");
    }

    [Fact]
    public async Task A_round_cannot_start_while_a_school_has_no_lead_reviewer()
    {
        var callers = await TenantCallers.CreateAsync(Host);
        var (partnership, _) = await WithSchoolsAsync(Host, callers, 3);
        var round = await ScheduleAsync(Host, callers, partnership.Id);

        using var started = await Host.SendAsync(HttpMethod.Post, $"{RoundsRoute}/{round.Id}/start", callers.AdminToken, ifMatch: round.ETag);

        await AssertProblemTypeAsync(started, HttpStatusCode.UnprocessableEntity, "rota-incomplete");
    }
}
