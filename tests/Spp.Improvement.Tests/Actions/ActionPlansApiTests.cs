using System.Net;
using Spp.Contracts.Actions;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Actions.Support;

namespace Spp.Improvement.Tests.Actions;

/// <summary>The action plan routes over HTTP: statuses, problems, ETags and idempotent creates.</summary>
public sealed class ActionPlansApiTests(ActionPlanService service) : IClassFixture<ActionPlanService>
{
    private static readonly string NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static string PlanPath(PlanScenario s) => $"api/v1/cycles/{s.CycleId}/action-plan";

    private Task<HttpResponseMessage> AddActionAsync(PlanScenario s, Guid person, object body, string? key = null) =>
        service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/actions", service.TokenFor(s, person), body, idempotencyKey: key);

    private async Task<(ActionView Action, string ETag)> AddCompleteActionAsync(PlanScenario s) =>
        await PlanResponses.AssertAsync<ActionView>(
            await AddActionAsync(s, s.Champion, new { title = "Reading for pleasure", ownerId = s.Staff, dueOn = NextMonth, successMeasure = "Survey improves" }),
            HttpStatusCode.Created);

    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "" },
        { "POST", "/actions" },
        { "GET", $"/actions/{Guid.NewGuid()}" },
        { "PATCH", $"/actions/{Guid.NewGuid()}" },
        { "POST", $"/actions/{Guid.NewGuid()}/status-updates" },
        { "POST", "/support" },
        { "POST", $"/support/{Guid.NewGuid()}/accept" },
        { "POST", $"/support/{Guid.NewGuid()}/decline" },
        { "POST", $"/support/{Guid.NewGuid()}/complete" },
        { "POST", "/measures" },
        { "POST", $"/measures/{Guid.NewGuid()}/readings" },
        { "POST", "/feedback" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_is_401_without_a_token(string method, string route)
    {
        var s = service.NewCycle();

        using var response = await service.SendAsync(new HttpMethod(method), PlanPath(s) + route, token: null, method == "GET" ? null : new { });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_is_404_from_another_tenant_with_the_same_ids(string method, string route)
    {
        var s = service.NewCycle();
        await AddCompleteActionAsync(s);
        var body = new { title = "T", status = "Done", fromUrn = PlanScenario.Urn, toUrn = PlanScenario.PartnerUrn, actionId = Guid.NewGuid(), description = "D",
            level = "Pupils", name = "N", baseline = new { value = 1, on = "2026-01-01" }, target = new { value = 2, on = "2027-01-01" }, value = 1, takenOn = "2026-01-01", text = "T" };

        using var response = await service.SendAsync(new HttpMethod(method), PlanPath(s) + route, service.TokenFor(s, s.Headteacher, Guid.NewGuid()), method == "GET" ? null : body, ifMatch: "\"1\"");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Reading for pleasure", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_outside_the_cycle_gets_404_and_a_reviewer_may_read_but_not_draft()
    {
        var s = service.NewCycle();
        await AddCompleteActionAsync(s);

        using var outsider = await service.SendAsync(HttpMethod.Get, PlanPath(s), service.TokenFor(s, s.Outsider));
        using var reviewerReads = await service.SendAsync(HttpMethod.Get, PlanPath(s), service.TokenFor(s, s.Reviewer));
        using var reviewerDrafts = await AddActionAsync(s, s.Reviewer, new { title = "Mine" });

        await Problems.AssertProblemAsync(outsider, HttpStatusCode.NotFound);
        var (plan, etag) = await PlanResponses.AssertAsync<ActionPlanView>(reviewerReads, HttpStatusCode.OK);
        Assert.Equal(plan.ETag, etag);
        var forbidden = await Problems.AssertProblemAsync(reviewerDrafts, HttpStatusCode.Forbidden);
        Assert.EndsWith("/forbidden", forbidden.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_create_is_idempotent_and_notes_its_owner()
    {
        var s = service.NewCycle();
        var body = new { title = "Maths talk", ownerId = s.Staff };

        var (first, _) = await PlanResponses.AssertAsync<ActionView>(await AddActionAsync(s, s.Champion, body, "key-1"), HttpStatusCode.Created);
        using var retried = await AddActionAsync(s, s.Champion, body, "key-1");
        var (again, _) = await PlanResponses.AssertAsync<ActionView>(retried, HttpStatusCode.Created);
        using var reused = await AddActionAsync(s, s.Champion, new { title = "Something else" }, "key-1");

        Assert.Equal(first.Id, again.Id);
        Assert.EndsWith($"/actions/{first.Id}", retried.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal("idempotency-key-reused", (await Problems.AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Contains((s.TenantId, s.CycleId, s.Staff), service.Links.NotedOwners);
    }

    [Fact]
    public async Task Bad_fields_are_400_with_an_error_per_field()
    {
        var s = service.NewCycle();

        using var response = await AddActionAsync(s, s.Champion, new { title = " ", ownerId = Guid.Empty, successMeasure = new string('x', 1001) });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("ownerId", out _));
        Assert.True(errors.TryGetProperty("successMeasure", out _));
    }

    [Fact]
    public async Task A_broken_rule_is_422_naming_it_and_a_closed_stage_is_409_naming_it()
    {
        var s = service.NewCycle();
        using var notStaff = await AddActionAsync(s, s.Champion, new { title = "Owned by a reviewer", ownerId = s.Reviewer });
        var late = service.NewCycle(CycleStage.Impact);
        using var tooLate = await AddActionAsync(late, late.Champion, new { title = "Too late" });

        Assert.Equal("action-owner-not-staff", (await Problems.AssertProblemAsync(notStaff, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
        Assert.Equal("Impact", (await Problems.AssertProblemAsync(tooLate, HttpStatusCode.Conflict)).GetProperty("from").GetString());
    }

    [Fact]
    public async Task Changing_an_action_needs_if_match_and_a_stale_one_is_412_with_the_current_etag()
    {
        var s = service.NewCycle();
        var (action, etag) = await AddCompleteActionAsync(s);
        var path = $"{PlanPath(s)}/actions/{action.Id}";
        var token = service.TokenFor(s, s.Leader);

        using var missing = await service.SendAsync(HttpMethod.Patch, path, token, new { title = "Reading for all" });
        using var changed = await service.SendAsync(HttpMethod.Patch, path, token, new { title = "Reading for all" }, ifMatch: etag);
        var (view, current) = await PlanResponses.AssertAsync<ActionView>(changed, HttpStatusCode.OK);
        using var stale = await service.SendAsync(HttpMethod.Patch, path, token, new { priority = "Reading" }, ifMatch: etag);
        using var unknown = await service.SendAsync(HttpMethod.Patch, $"{PlanPath(s)}/actions/{Guid.NewGuid()}", token, new { title = "X" }, ifMatch: current);

        await Problems.AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        Assert.Equal("Reading for all", view.Title);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(current, stale.Headers.ETag?.ToString());
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_reports_a_status_and_an_unknown_status_is_400()
    {
        var s = service.NewCycle();
        var (action, _) = await AddCompleteActionAsync(s);
        var path = $"{PlanPath(s)}/actions/{action.Id}/status-updates";

        using var reported = await service.SendAsync(HttpMethod.Post, path, service.TokenFor(s, s.Staff), new { status = "InProgress", note = "Started" });
        using var unknown = await service.SendAsync(HttpMethod.Post, path, service.TokenFor(s, s.Staff), new { status = "Finished" });
        using var notOwner = await service.SendAsync(HttpMethod.Post, path, service.TokenFor(s, s.Leader), new { status = "Done" });
        using var read = await service.SendAsync(HttpMethod.Get, $"{PlanPath(s)}/actions/{action.Id}", service.TokenFor(s, s.Staff));

        Assert.Equal(ActionStatus.InProgress, (await PlanResponses.AssertAsync<ActionView>(reported, HttpStatusCode.Created)).Body.Status);
        Assert.True((await Problems.AssertProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _));
        await Problems.AssertProblemAsync(notOwner, HttpStatusCode.Forbidden);
        Assert.Single((await PlanResponses.AssertAsync<ActionView>(read, HttpStatusCode.OK)).Body.Updates);
    }

    [Fact]
    public async Task A_partner_offers_support_and_the_headteacher_accepts_it_once()
    {
        var s = service.NewCycle();
        var (action, _) = await AddCompleteActionAsync(s);
        var offer = new { fromUrn = PlanScenario.PartnerUrn, toUrn = PlanScenario.Urn, actionId = action.Id, description = "A visit from our English lead" };

        var (support, etag) = await PlanResponses.AssertAsync<SupportArrangement>(
            await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/support", service.TokenFor(s, s.PartnerHead), offer, idempotencyKey: "offer-1"),
            HttpStatusCode.Created);
        var accept = $"{PlanPath(s)}/support/{support.Id}/accept";
        using var withoutIfMatch = await service.SendAsync(HttpMethod.Post, accept, service.TokenFor(s, s.Headteacher));
        using var byReviewer = await service.SendAsync(HttpMethod.Post, accept, service.TokenFor(s, s.Reviewer), ifMatch: etag);
        var (accepted, current) = await PlanResponses.AssertAsync<SupportArrangement>(
            await service.SendAsync(HttpMethod.Post, accept, service.TokenFor(s, s.Headteacher), ifMatch: etag), HttpStatusCode.OK);
        using var twice = await service.SendAsync(HttpMethod.Post, accept, service.TokenFor(s, s.Headteacher), ifMatch: current);
        using var missingFields = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/support", service.TokenFor(s, s.PartnerHead), new { description = "?" });

        await Problems.AssertProblemAsync(withoutIfMatch, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(byReviewer, HttpStatusCode.Forbidden);
        Assert.Equal(SupportStatus.Accepted, accepted.Status);
        Assert.Equal("Accepted", (await Problems.AssertProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("from").GetString());
        var errors = (await Problems.AssertProblemAsync(missingFields, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("fromUrn", out _) && errors.TryGetProperty("actionId", out _));
    }

    [Fact]
    public async Task Impact_measures_readings_and_feedback_are_recorded_and_shown_in_the_plan()
    {
        var s = service.NewCycle(CycleStage.Impact);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var measure = new { level = "Pupils", name = "Reading age", baseline = new { value = 8.5, on = today.AddMonths(-1) }, target = new { value = 9.5, on = today.AddMonths(9) } };
        var token = service.TokenFor(s, s.Headteacher);

        var (defined, _) = await PlanResponses.AssertAsync<MeasureView>(
            await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures", token, measure), HttpStatusCode.Created);
        using var reading = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures/{defined.Id}/readings", token, new { value = 8.9, takenOn = today });
        using var feedback = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/feedback", service.TokenFor(s, s.Facilitator), new { level = "Partnership", text = "Heads meet monthly now" });
        using var badLevel = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures", token, measure with { level = "Everything" });
        using var backwards = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures", token, measure with { target = measure.baseline });
        using var byReviewer = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/feedback", service.TokenFor(s, s.Reviewer), new { level = "Pupils", text = "No" });
        var (plan, etag) = await PlanResponses.AssertAsync<ActionPlanView>(await service.SendAsync(HttpMethod.Get, PlanPath(s), token), HttpStatusCode.OK);

        Assert.True(defined.ReadingMissingThisTerm);
        Assert.False((await PlanResponses.AssertAsync<MeasureView>(reading, HttpStatusCode.Created)).Body.ReadingMissingThisTerm);
        Assert.Equal(ImpactLevel.Partnership, (await PlanResponses.AssertAsync<ImpactFeedback>(feedback, HttpStatusCode.Created)).Body.Level);
        Assert.True((await Problems.AssertProblemAsync(badLevel, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("level", out _));
        Assert.True((await Problems.AssertProblemAsync(backwards, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("target.on", out _));
        await Problems.AssertProblemAsync(byReviewer, HttpStatusCode.Forbidden);
        Assert.Equal(etag, plan.ETag);
        Assert.Single(Assert.Single(plan.Measures).Readings);
        Assert.Single(plan.Feedback);
    }

    [Fact]
    public async Task A_reading_before_the_impact_stage_is_409()
    {
        var s = service.NewCycle();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var token = service.TokenFor(s, s.Headteacher);
        var (defined, _) = await PlanResponses.AssertAsync<MeasureView>(
            await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures", token, new { level = "Leadership", name = "Time on coaching", baseline = new { value = 1, on = today }, target = new { value = 4, on = today.AddMonths(6) } }),
            HttpStatusCode.Created);

        using var early = await service.SendAsync(HttpMethod.Post, $"{PlanPath(s)}/measures/{defined.Id}/readings", token, new { value = 2, takenOn = today });

        Assert.Equal("ActionPlan", (await Problems.AssertProblemAsync(early, HttpStatusCode.Conflict)).GetProperty("from").GetString());
    }
}
