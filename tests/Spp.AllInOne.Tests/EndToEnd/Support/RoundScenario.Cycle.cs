using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>A school's review cycle walked through its seven stages to Closed.</summary>
internal sealed partial class RoundScenario
{
    private static readonly byte[] PdfBytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>The cycle of <paramref name="urn"/>, with its review team read from the cycle itself.</summary>
    public async Task<CycleWalk> CycleAsync(int urn)
    {
        var walk = new CycleWalk(api, Tenant($"cycles/{Cycles[urn]}"), SchoolOf(urn));
        var people = (await walk.ReadAsync(SchoolOf(urn).Headteacher)).GetProperty("people");
        walk.LeadReviewer = PersonWith(people.GetProperty("leadReviewerId").GetGuid());
        walk.Reviewer = people.GetProperty("reviewers").EnumerateArray().Select(r => PersonWith(r.GetProperty("personId").GetGuid())).FirstOrDefault();
        return walk;
    }

    /// <summary>The Improvement Champion for a cycle: a partnership champion of a partner school not on the cycle's team.</summary>
    public Person ChampionFor(CycleWalk walk) =>
        Schools.Where(s => s.Urn != walk.School.Urn).Select(s => s.Staff).First(p => p != walk.LeadReviewer && p != walk.Reviewer);

    /// <summary>Walks the cycle to Closed; with <paramref name="showRules"/> each stage's rules are shown refused before the allowed call.</summary>
    public async Task WalkToClosedAsync(CycleWalk walk, bool showRules)
    {
        await SelfReviewAsync(walk, showRules);
        await ReviewPlanAsync(walk, showRules);
        var evidenceId = await PeerReviewAsync(walk, showRules);
        await WorkshopAsync(walk, showRules);
        var actionId = await ActionPlanAsync(walk, showRules);
        await ImpactAndCloseAsync(walk, showRules, actionId);
        var closed = await walk.ReadAsync(walk.School.Headteacher);
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
        Assert.Contains(closed.GetProperty("evidence").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("id").GetGuid() == evidenceId);
    }

    private async Task SelfReviewAsync(CycleWalk walk, bool showRules)
    {
        var school = walk.School;
        var item = await walk.CreatedAsync("/self-review/long-list", school.Staff, new { text = "Reading for pleasure" });
        var focus = new { focus = "Reading for pleasure", questions = new[] { new { text = "To what extent do pupils choose to read?" } }, fromLongList = new[] { item } };
        if (showRules)
        {
            await walk.RefusedAsync("enquiry-focus-required", HttpStatusCode.UnprocessableEntity, "enquiry-focus-required", HttpMethod.Post, "/self-review/submit", school.Headteacher);
            await walk.RefusedAsync("stage-order", HttpStatusCode.Conflict, "invalid-transition", HttpMethod.Post, "/review-plan/agree", school.Headteacher);
            await walk.RefusedAsync("cycle-role", HttpStatusCode.Forbidden, "forbidden", HttpMethod.Put, "/self-review/focus", ChampionFor(walk), focus);
        }

        await walk.OkAsync(HttpMethod.Put, "/self-review/focus", school.SeniorLeader, focus);
        walk.Allowed("cycle-role");
        var submitted = await walk.OkAsync(HttpMethod.Post, "/self-review/submit", school.Headteacher);
        walk.Allowed("enquiry-focus-required");
        Assert.Equal("ReviewPlanning", submitted.GetProperty("stage").GetString());
    }

    private static async Task ReviewPlanAsync(CycleWalk walk, bool showRules)
    {
        var plan = new { visitDays = new[] { Date(Today), Date(Today.AddDays(1)) }, evidencePlan = "Pupil voice; book looks; a lesson visit", teamConfirmed = true };
        if (showRules)
        {
            await walk.RefusedAsync("review-plan-not-proposed", HttpStatusCode.UnprocessableEntity, "review-plan-not-proposed", HttpMethod.Post, "/review-plan/agree", walk.School.Headteacher);
            await walk.RefusedAsync("visit-days-outside-round", HttpStatusCode.UnprocessableEntity, "visit-days-outside-round", HttpMethod.Put, "/review-plan", walk.LeadReviewer, plan with { visitDays = [Date(WindowEnds.AddDays(1))] });
        }

        await walk.OkAsync(HttpMethod.Put, "/review-plan", walk.LeadReviewer, plan);
        walk.Allowed("visit-days-outside-round");
        var agreed = await walk.OkAsync(HttpMethod.Post, "/review-plan/agree", walk.School.Headteacher);
        walk.Allowed("review-plan-not-proposed");
        walk.Allowed("stage-order");
        Assert.Equal("PeerReview", agreed.GetProperty("stage").GetString());
    }

    private async Task<Guid> PeerReviewAsync(CycleWalk walk, bool showRules)
    {
        var evidence = new { kind = "PupilVoice", note = canary.EvidenceNote, enquiryLine = "To what extent do pupils choose to read?" };
        if (showRules)
        {
            var graded = await api.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, walk.Path + "/evidence", walk.Recorder.Token, new { evidence.kind, evidence.note, evidence.enquiryLine, grade = "Outstanding" });
            Assert.True(graded.Body.GetProperty("errors").TryGetProperty("grade", out _));
            api.Rules.Refused("nothing-graded");
            await walk.RefusedAsync("findings-required", HttpStatusCode.UnprocessableEntity, "findings-required", HttpMethod.Post, "/findings/share", walk.LeadReviewer);
        }

        var evidenceId = await walk.CreatedAsync("/evidence", walk.Recorder, evidence);
        api.Rules.Allowed("nothing-graded");
        await AttachAsync(walk, evidenceId, showRules);
        if (showRules)
        {
            await api.RefusedAsync("finding-needs-evidence", HttpStatusCode.UnprocessableEntity, "finding-needs-evidence", HttpMethod.Post, walk.Path + "/findings", walk.LeadReviewer.Token, new { kind = "Strength", text = canary.Finding, evidenceIds = Array.Empty<Guid>() });
        }

        await walk.CreatedAsync("/findings", walk.LeadReviewer, new { kind = "Strength", text = canary.Finding, evidenceIds = new[] { evidenceId } });
        walk.Allowed("finding-needs-evidence");
        var shared = await walk.OkAsync(HttpMethod.Post, "/findings/share", walk.LeadReviewer);
        walk.Allowed("findings-required");
        Assert.Equal("ImprovementWorkshop", shared.GetProperty("stage").GetString());
        return evidenceId;
    }

    /// <summary>A PDF attached to the evidence (streamed upload, name in Content-Disposition); an executable is refused.</summary>
    private async Task AttachAsync(CycleWalk walk, Guid evidenceId, bool showRules)
    {
        var route = $"{walk.Path}/evidence/{evidenceId}/attachments";
        if (showRules)
        {
            using var program = File(canary.AttachmentName.Replace(".pdf", ".exe", StringComparison.Ordinal), "application/octet-stream", [0x4D, 0x5A, 0x90, 0x00]);
            await api.RefusedAsync("attachment-type-allowed", HttpStatusCode.UnsupportedMediaType, "unsupported-attachment-type", HttpMethod.Post, route, walk.Recorder.Token, program);
        }

        using var pdf = File(canary.AttachmentName, "application/pdf", PdfBytes);
        var attached = await api.CreatedAsync(route, walk.Recorder.Token, pdf);
        api.Rules.Allowed("attachment-type-allowed");
        var download = await api.Platform.SendAsync(HttpMethod.Get, $"{route}/{attached.Id}", walk.School.Headteacher.Token);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        download.Dispose();
    }

    private static ByteArrayContent File(string name, string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name };
        return content;
    }

    private async Task WorkshopAsync(CycleWalk walk, bool showRules)
    {
        var champion = ChampionFor(walk);
        var held = new { heldOn = Date(Today), participants = new { count = 14, roles = new[] { "teachers", "governors" } }, priorities = new[] { "Daily reading time" } };
        if (showRules)
        {
            await walk.RefusedAsync("champion-on-review-team", HttpStatusCode.UnprocessableEntity, "champion-on-review-team", HttpMethod.Put, "/workshop/champion", Facilitator, new { personId = walk.LeadReviewer.Id, urn = UrnOf(walk.LeadReviewer) });
            await walk.RefusedAsync("champion-from-partner-school", HttpStatusCode.UnprocessableEntity, "champion-from-partner-school", HttpMethod.Put, "/workshop/champion", Facilitator, new { personId = walk.School.Staff.Id, urn = walk.School.Urn });
        }

        await walk.OkAsync(HttpMethod.Put, "/workshop/champion", Facilitator, new { personId = champion.Id, urn = UrnOf(champion) });
        walk.Allowed("champion-on-review-team");
        walk.Allowed("champion-from-partner-school");
        if (showRules)
        {
            await walk.RefusedAsync("workshop-date-invalid", HttpStatusCode.UnprocessableEntity, "workshop-date-invalid", HttpMethod.Post, "/workshop/held", champion, held with { heldOn = Date(Today.AddDays(1)) });
        }

        var view = await walk.OkAsync(HttpMethod.Post, "/workshop/held", champion, held);
        walk.Allowed("workshop-date-invalid");
        Assert.Equal("ActionPlan", view.GetProperty("stage").GetString());
    }

    private async Task<Guid> ActionPlanAsync(CycleWalk walk, bool showRules)
    {
        var champion = ChampionFor(walk);
        var action = new { title = "Daily class reading time", description = "Twenty minutes after lunch", ownerId = walk.School.Staff.Id, dueOn = Date(Today.AddMonths(3)), successMeasure = "More pupils read at home", priority = "Reading" };
        if (showRules)
        {
            await walk.RefusedAsync("action-plan-empty", HttpStatusCode.UnprocessableEntity, "action-plan-empty", HttpMethod.Post, "/action-plan/agree", walk.School.Headteacher);
            await api.RefusedAsync("action-due-in-past", HttpStatusCode.UnprocessableEntity, "action-due-in-past", HttpMethod.Post, walk.Path + "/action-plan/actions", champion.Token, action with { dueOn = Date(Today.AddDays(-1)) });
        }

        var actionId = await walk.CreatedAsync("/action-plan/actions", champion, action);
        walk.Allowed("action-due-in-past");
        var agreed = await walk.OkAsync(HttpMethod.Post, "/action-plan/agree", walk.School.Headteacher);
        walk.Allowed("action-plan-empty");
        Assert.Equal("Impact", agreed.GetProperty("stage").GetString());
        return actionId;
    }

    private async Task ImpactAndCloseAsync(CycleWalk walk, bool showRules, Guid actionId)
    {
        var owner = walk.School.Staff;
        var close = new { summary = "Reading time is daily in every class" };
        if (showRules)
        {
            await walk.RefusedAsync("impact-no-measures", HttpStatusCode.UnprocessableEntity, "impact-no-measures", HttpMethod.Post, "/close", walk.School.Headteacher, close);
        }

        var measure = new { level = "Pupils", name = "Pupils reading at home", actionId, baseline = new { value = 40, on = Date(Today.AddDays(-7)) }, target = new { value = 60, on = Date(Today.AddMonths(6)) } };
        var measureId = (await api.CreatedAsync(walk.Path + "/action-plan/measures", owner.Token, measure, Guid.NewGuid().ToString())).Id;
        if (showRules)
        {
            await api.RefusedAsync("reading-in-future", HttpStatusCode.UnprocessableEntity, "reading-in-future", HttpMethod.Post, $"{walk.Path}/action-plan/measures/{measureId}/readings", owner.Token, new { value = 45, takenOn = Date(Today.AddDays(1)) });
        }

        await api.CreatedAsync($"{walk.Path}/action-plan/measures/{measureId}/readings", owner.Token, new { value = 45, takenOn = Date(Today) }, Guid.NewGuid().ToString());
        walk.Allowed("reading-in-future");
        await walk.ReadAsync(walk.School.Headteacher);
        var halfClosed = await walk.OkAsync(HttpMethod.Post, "/close", walk.School.Headteacher, close);
        walk.Allowed("impact-no-measures");
        Assert.Equal("Impact", halfClosed.GetProperty("stage").GetString());
        var closed = await walk.OkAsync(HttpMethod.Post, "/close", Facilitator, close);
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
    }

    private int UrnOf(Person person) => Schools.Single(s => s.Headteacher == person || s.SeniorLeader == person || s.Staff == person).Urn;
}
