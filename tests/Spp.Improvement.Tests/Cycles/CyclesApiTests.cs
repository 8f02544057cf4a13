using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Cycles.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>The cycle API over HTTP against the real service on SQLite: statuses, shapes and the rules through the wire.</summary>
public sealed class CyclesApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string ProblemBase = "https://spp-platform.org/problems/";

    private static readonly string[] Roles = ["teachers"];
    private static readonly string[] Priorities = ["Daily reading time"];

    private Task<CycleApiWorld> OpenAsync() => CycleApiWorld.OpenAsync(service.Host);

    [Fact]
    public async Task A_cycle_walks_every_stage_to_closed_over_http()
    {
        var api = await OpenAsync();
        var w = api.World;

        await api.ToWorkshopAsync();
        await api.OkAsync(HttpMethod.Put, "/workshop/champion", w.Facilitator, new { personId = w.Champion, urn = w.ChampionUrn });
        await api.OkAsync(HttpMethod.Post, "/workshop/held", w.Champion, new { heldOn = CycleApiWorld.Today, participants = new { count = 14, roles = Roles }, priorities = Priorities });
        var grains = service.Host.App.Services.GetRequiredService<Spp.Grains.IGrainFactory>();
        var actionId = await CycleDriver.DraftActionAsync(grains, w, TimeProvider.System, CycleApiWorld.Today);
        await api.OkAsync(HttpMethod.Post, "/action-plan/agree", w.Headteacher);
        await CycleDriver.MeasureImpactAsync(grains, w, TimeProvider.System, CycleApiWorld.Today, actionId);
        await api.OkAsync(HttpMethod.Post, "/close", w.Headteacher, new { summary = "Reading time is daily" });
        var closed = await api.OkAsync(HttpMethod.Post, "/close", w.Facilitator, new { summary = "Reading time is daily in every class" });

        Assert.Equal(CycleStage.Closed, closed.Stage);
        Assert.Equal(CycleApiWorld.Today.AddDays(21), closed.Dates.Deadlines[DeadlineKeys.WorkshopHeld]);
    }

    [Fact]
    public async Task Reading_answers_the_shape_for_who_reads()
    {
        var api = await OpenAsync();
        var w = api.World;
        await api.ToWorkshopAsync();

        var whole = await api.OkAsync(HttpMethod.Get, string.Empty, w.Headteacher);
        using var outline = await api.SendAsync(HttpMethod.Get, string.Empty, w.PartnerTeacher);
        var outlineBody = JsonDocument.Parse(await outline.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var admin = await api.OkAsync(HttpMethod.Get, string.Empty, w.TenantAdmin);

        Assert.NotNull(whole.Evidence);
        Assert.Equal(HttpStatusCode.OK, outline.StatusCode);
        Assert.Equal("Outline", outlineBody.GetProperty("access").GetString());
        Assert.Equal(JsonValueKind.Null, outlineBody.GetProperty("people").ValueKind);
        Assert.Equal(JsonValueKind.Null, outlineBody.GetProperty("evidence").ValueKind);
        Assert.NotNull(admin.People);
        Assert.Null(admin.Evidence);
    }

    [Fact]
    public async Task Another_tenant_and_strangers_get_404_and_no_token_gets_401()
    {
        var api = await OpenAsync();
        var w = api.World;

        using var otherTenant = await service.Host.SendAsync(HttpMethod.Get, api.Path, api.Token(w.Headteacher, Guid.CreateVersion7()));
        using var stranger = await api.SendAsync(HttpMethod.Get, string.Empty, Guid.CreateVersion7());
        using var anonymous = await api.SendAsync(HttpMethod.Get, string.Empty, personId: null);
        using var unknown = await service.Host.SendAsync(HttpMethod.Get, $"api/v1/cycles/{Guid.CreateVersion7()}", api.Token(w.Headteacher));

        Assert.Equal(ProblemBase + "not-found", (await Problems.AssertProblemAsync(otherTenant, HttpStatusCode.NotFound)).GetProperty("type").GetString());
        await Problems.AssertProblemAsync(stranger, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    public static TheoryData<string, string> Commands => new()
    {
        { "PUT", "/team" },
        { "PUT", "/visit-days" },
        { "PUT", "/self-review/focus" },
        { "POST", "/self-review/submit" },
        { "POST", "/self-review/reopen" },
        { "PUT", "/review-plan" },
        { "POST", "/review-plan/agree" },
        { "POST", "/findings/share" },
        { "PUT", "/sharing" },
        { "PUT", "/workshop/champion" },
        { "POST", "/workshop/held" },
        { "POST", "/action-plan/agree" },
        { "POST", "/close" },
        { "POST", "/pause" },
        { "POST", "/resume" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_update_and_transition_needs_If_Match_a_token_and_the_callers_tenant(string method, string route)
    {
        var api = await OpenAsync();
        var w = api.World;
        var body = ValidBody(route, w);

        using var noIfMatch = await api.SendAsync(new HttpMethod(method), route, w.Headteacher, body, ifMatch: null);
        using var noToken = await api.SendAsync(new HttpMethod(method), route, personId: null, body);
        using var otherTenant = await service.Host.SendAsync(new HttpMethod(method), api.Path + route, api.Token(w.Headteacher, Guid.CreateVersion7()), body, api.ETag);

        Assert.Equal(ProblemBase + "precondition-required", (await Problems.AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        await Problems.AssertProblemAsync(otherTenant, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_update_and_transition_is_403_for_a_partner_schools_teacher_who_can_see_the_cycle(string method, string route)
    {
        var api = await OpenAsync();
        var w = api.World;

        using var response = await api.SendAsync(new HttpMethod(method), route, w.PartnerTeacher, ValidBody(route, w));

        Assert.Equal(ProblemBase + "forbidden", (await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_with_the_current_ETag()
    {
        var api = await OpenAsync();
        var w = api.World;
        var stale = api.ETag;
        await api.CreatedAsync("/self-review/long-list", w.StaffMember, new { text = "Maths" });

        using var response = await api.SendAsync(HttpMethod.Post, "/self-review/submit", w.Headteacher, ifMatch: stale);

        await Problems.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(api.ETag, response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task An_illegal_move_is_409_naming_the_stage()
    {
        var api = await OpenAsync();

        using var response = await api.SendAsync(HttpMethod.Post, "/review-plan/agree", api.World.Headteacher);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("SelfReview", problem.GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_broken_rule_is_422_naming_it()
    {
        var api = await OpenAsync();

        using var response = await api.SendAsync(HttpMethod.Post, "/self-review/submit", api.World.Headteacher);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("enquiry-focus-required", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_grade_is_refused_with_400_naming_the_field_because_nothing_is_graded()
    {
        var api = await OpenAsync();
        await api.ToWorkshopAsync();

        using var evidence = await api.SendAsync(HttpMethod.Post, "/evidence", api.World.Reviewer, new { kind = "Observation", note = "n", enquiryLine = "l", grade = "Outstanding" }, ifMatch: null);
        using var finding = await api.SendAsync(HttpMethod.Patch, $"/findings/{Guid.CreateVersion7()}", api.World.LeadReviewer, new { kind = "Strength", text = "t", evidenceIds = Array.Empty<Guid>(), score = 4 });
        using var kind = await api.SendAsync(HttpMethod.Post, "/findings", api.World.LeadReviewer, new { kind = "Outstanding", text = "t", evidenceIds = Array.Empty<Guid>() }, ifMatch: null);

        Assert.True((await Problems.AssertProblemAsync(evidence, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("grade", out _));
        Assert.True((await Problems.AssertProblemAsync(finding, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("score", out _));
        Assert.True((await Problems.AssertProblemAsync(kind, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_400_per_field()
    {
        var api = await OpenAsync();
        var w = api.World;

        using var plan = await api.SendAsync(HttpMethod.Put, "/visit-days", w.Facilitator, new { visitDays = new[] { CycleApiWorld.Today, CycleApiWorld.Today, CycleApiWorld.Today } });
        using var focus = await api.SendAsync(HttpMethod.Put, "/self-review/focus", w.SeniorLeader, new { focus = "" });
        using var noBody = await api.SendAsync(HttpMethod.Post, "/pause", w.Headteacher);

        Assert.True((await Problems.AssertProblemAsync(plan, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("visitDays", out _));
        var focusErrors = (await Problems.AssertProblemAsync(focus, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(focusErrors.TryGetProperty("focus", out _) && focusErrors.TryGetProperty("questions", out _) && focusErrors.TryGetProperty("fromLongList", out _));
        Assert.True((await Problems.AssertProblemAsync(noBody, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task A_create_retried_with_the_same_Idempotency_Key_returns_the_first_record()
    {
        var api = await OpenAsync();
        var w = api.World;
        var key = Guid.NewGuid().ToString();

        var first = await api.CreatedAsync("/self-review/long-list", w.StaffMember, new { text = "Maths" }, key);
        var etag = api.ETag;
        var again = await api.CreatedAsync("/self-review/long-list", w.StaffMember, new { text = "Maths" }, key);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(etag, api.ETag);
        Assert.Single((await api.OkAsync(HttpMethod.Get, string.Empty, w.SeniorLeader)).SelfReview!.LongList);
    }

    [Fact]
    public async Task Evidence_is_recorded_by_the_team_read_by_those_who_see_findings_and_paged()
    {
        var api = await OpenAsync();
        var w = api.World;
        await api.ToWorkshopAsync();
        using var headteacherRecords = await api.SendAsync(HttpMethod.Post, "/evidence", w.Headteacher, CycleApiWorld.Evidence(), ifMatch: null);
        using var partner = await api.SendAsync(HttpMethod.Get, "/evidence", w.PartnerTeacher);
        using var firstPage = await api.SendAsync(HttpMethod.Get, "/findings?limit=1", w.Headteacher);
        using var badLimit = await api.SendAsync(HttpMethod.Get, "/evidence?limit=500", w.Headteacher);
        using var badCursor = await api.SendAsync(HttpMethod.Get, "/evidence?cursor=nonsense", w.Headteacher);

        await Problems.AssertProblemAsync(headteacherRecords, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, partner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
        var page = JsonDocument.Parse(await firstPage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        Assert.True((await Problems.AssertProblemAsync(badLimit, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("limit", out _));
        Assert.True((await Problems.AssertProblemAsync(badCursor, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Evidence_pages_follow_the_cursor_to_the_end()
    {
        var api = await OpenAsync();
        var w = api.World;
        await api.ToWorkshopAsync();
        await api.OkAsync(HttpMethod.Post, "/pause", w.Headteacher, new { reason = "check" });
        await api.OkAsync(HttpMethod.Post, "/resume", w.Headteacher);

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            using var response = await api.SendAsync(HttpMethod.Get, "/evidence?limit=1" + (cursor is null ? string.Empty : "&cursor=" + cursor), w.Reviewer);
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Single(seen);
    }

    [Fact]
    public async Task A_finding_without_evidence_is_422_finding_needs_evidence()
    {
        var api = await OpenAsync();
        var w = api.World;
        await api.ToWorkshopAsync();

        using var response = await api.SendAsync(HttpMethod.Patch, $"/findings/{(await api.OkAsync(HttpMethod.Get, string.Empty, w.LeadReviewer)).Evidence!.Findings[0].Id}", w.LeadReviewer, new { kind = "Strength", text = "t", evidenceIds = Array.Empty<Guid>() });

        Assert.Equal("finding-needs-evidence", (await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_pupils_name_in_evidence_and_findings_appears_in_no_event_and_no_problem()
    {
        const string canary = "Zebedee Quillfeather";
        var api = await OpenAsync();
        var w = api.World;
        var evidence = await api.ToWorkshopAsync($"{canary} said she reads every night", $"{canary} reads widely");
        using var refused = await api.SendAsync(HttpMethod.Patch, $"/evidence/{evidence}", w.Reviewer, new { kind = "Other", note = canary, enquiryLine = canary });
        using var unknownField = await api.SendAsync(HttpMethod.Post, "/evidence", w.Reviewer, new { kind = "Other", note = canary, enquiryLine = "l", pupil = canary }, ifMatch: null);

        var log = await service.Host.App.Services.GetRequiredService<Spp.Grains.Hosting.Storage.IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);
        Assert.Contains(log, m => m.GrainKey == w.CycleId.ToString());
        Assert.DoesNotContain(log, m => m.Entry.PayloadJson.Contains(canary, StringComparison.Ordinal));
        Assert.DoesNotContain(canary, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(canary, await unknownField.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
    }

    /// <summary>A body each route accepts as valid input, so the test reaches the check it is about.</summary>
    private static object? ValidBody(string route, CycleWorld w) => route switch
    {
        "/team" => new { leadReviewer = new { personId = w.LeadReviewer, urn = w.LeadUrn }, reviewers = Array.Empty<object>() },
        "/visit-days" => new { visitDays = new[] { w.WindowStarts.AddDays(40) } },
        "/self-review/focus" => new { focus = "Reading", questions = new[] { new { text = "To what extent?" } }, fromLongList = new[] { Guid.CreateVersion7() } },
        "/review-plan" => new { visitDays = new[] { w.WindowStarts.AddDays(40) }, evidencePlan = "Plan", teamConfirmed = true },
        "/sharing" => new { personIds = Array.Empty<Guid>(), partnership = true, tenantAdmins = false },
        "/workshop/champion" => new { personId = w.Champion, urn = w.ChampionUrn },
        "/workshop/held" => new { heldOn = w.WindowStarts.AddDays(30), participants = new { count = 3, roles = Array.Empty<string>() }, priorities = new[] { "P" } },
        "/close" => new { summary = "Done" },
        "/pause" => new { reason = "Closure" },
        _ => null,
    };
}
