using System.Net;
using System.Text.Json;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>The partnership, its round and the rota.</summary>
internal sealed partial class RoundScenario
{
    public Guid PartnershipId { get; private set; }

    public Guid RoundId { get; private set; }

    public static DateOnly WindowStarts => Today.AddDays(-7);

    public static DateOnly WindowEnds => Today.AddDays(120);

    /// <summary>The tenant admin forms the partnership, appoints the facilitator and the partnership's Improvement Champions.</summary>
    public async Task FormPartnershipAsync()
    {
        var admin = TenantAdmin.Token;
        var created = await api.CreatedAsync(Tenant("partnerships"), admin, new { name = "Riverside Four", phase = "Build", phaseStarts = Date(Today.AddDays(-30)) }, idempotencyKey: Guid.NewGuid().ToString());
        PartnershipId = created.Id;
        var path = Tenant($"partnerships/{PartnershipId}");
        var etag = created.CurrentETag;
        foreach (var urn in Urns)
        {
            etag = (await api.OkAsync(HttpMethod.Post, path + "/schools", admin, new { urn }, etag)).CurrentETag;
        }

        await api.RefusedAsync("not-a-facilitator", HttpStatusCode.UnprocessableEntity, "not-a-facilitator", HttpMethod.Put, path + "/facilitator", admin, new { personId = Schools[0].Headteacher.Id }, etag);
        etag = api.Allowed("not-a-facilitator", await api.OkAsync(HttpMethod.Put, path + "/facilitator", admin, new { personId = Facilitator.Id }, etag)).CurrentETag;

        await api.RefusedAsync("champion-not-school-staff", HttpStatusCode.UnprocessableEntity, "champion-not-school-staff", HttpMethod.Put, path + "/champions", admin, new { champions = new[] { new { personId = Schools[0].Staff.Id, urn = Schools[1].Urn } } }, etag);
        var partnership = api.Allowed("champion-not-school-staff", await api.OkAsync(HttpMethod.Put, path + "/champions", admin, new { champions = Schools.Select(s => new { personId = s.Staff.Id, urn = s.Urn }) }, etag));
        Assert.True(Property(partnership, "isFormed").GetBoolean());
    }

    /// <summary>The facilitator schedules the round, asks for a rota, edits it, and starts the round.</summary>
    public async Task StartRoundAsync()
    {
        var facilitator = Facilitator.Token;
        var scheduled = await api.CreatedAsync(Tenant($"partnerships/{PartnershipId}/rounds"), facilitator, new { name = "2026–27 round 1", windowStarts = Date(WindowStarts), windowEnds = Date(WindowEnds) });
        RoundId = scheduled.Id;
        var path = Tenant($"rounds/{RoundId}");
        var etag = scheduled.CurrentETag;

        await api.RefusedAsync("rota-incomplete", HttpStatusCode.UnprocessableEntity, "rota-incomplete", HttpMethod.Post, path + "/start", facilitator, ifMatch: etag);
        var proposal = await api.OkAsync(HttpMethod.Post, path + "/rota/proposal", facilitator, new { extraReviewers = 1 }, etag);
        api.Rules.Allowed("rota-only-while-planning");
        var rota = Property(proposal, "rota").EnumerateArray().ToList();
        Assert.Equal(Urns.Length, rota.Count);
        Assert.All(rota, entry => Assert.NotEqual(entry.GetProperty("urn").GetInt32(), entry.GetProperty("leadReviewer").GetProperty("urn").GetInt32()));

        // The facilitator's edit: the first school is reviewed by its lead reviewer alone.
        var edited = rota.Select((entry, i) => new
        {
            urn = entry.GetProperty("urn").GetInt32(),
            leadReviewer = Reviewer(entry.GetProperty("leadReviewer")),
            reviewers = i == 0 ? [] : entry.GetProperty("reviewers").EnumerateArray().Select(Reviewer).ToArray(),
        }).ToArray();
        var ownSchool = edited.Select((e, i) => i == 0 ? e with { leadReviewer = new ReviewerBody(SchoolOf(e.urn).Headteacher.Id, e.urn) } : e).ToArray();
        await api.RefusedAsync("reviewer-from-own-school", HttpStatusCode.UnprocessableEntity, "reviewer-from-own-school", HttpMethod.Put, path + "/rota", facilitator, new { rota = ownSchool }, proposal.CurrentETag);
        var set = api.Allowed("reviewer-from-own-school", await api.OkAsync(HttpMethod.Put, path + "/rota", facilitator, new { rota = edited }, proposal.CurrentETag));
        Assert.Empty(Property(set, "rota")[0].GetProperty("reviewers").EnumerateArray());

        var started = api.Allowed("rota-incomplete", await api.OkAsync(HttpMethod.Post, path + "/start", facilitator, ifMatch: set.CurrentETag));
        Assert.Equal("Started", Property(started, "status").GetString());
        Cycles = Property(started, "cycles").EnumerateObject().ToDictionary(c => int.Parse(c.Name, System.Globalization.CultureInfo.InvariantCulture), c => c.Value.GetGuid());
        Assert.Equal(Urns.Order(), Cycles.Keys.Order());
        await api.RefusedAsync("rota-only-while-planning", HttpStatusCode.Conflict, "invalid-transition", HttpMethod.Post, path + "/rota/proposal", facilitator, new { extraReviewers = 1 }, started.CurrentETag);
    }

    private static ReviewerBody Reviewer(JsonElement reviewer) => new(reviewer.GetProperty("personId").GetGuid(), reviewer.GetProperty("urn").GetInt32());

    private sealed record ReviewerBody(Guid PersonId, int Urn);
}
