using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Cycles.Support;

/// <summary>
/// A <see cref="CycleWorld"/> opened in a running improvement service, with the tokens the gateway
/// would forward for each of its people, and the cycle's current ETag as the last answer gave it.
/// </summary>
internal sealed class CycleApiWorld
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private CycleApiWorld(ImprovementHost host, CycleWorld world)
    {
        Host = host;
        World = world;
    }

    public ImprovementHost Host { get; }

    public CycleWorld World { get; }

    public string ETag { get; set; } = "\"1\"";

    public string Path => $"api/v1/cycles/{World.CycleId}";

    public static DateOnly Today => LondonCalendar.Today(TimeProvider.System);

    public static async Task<CycleApiWorld> OpenAsync(ImprovementHost host)
    {
        var world = new CycleWorld(LondonCalendar.Today(TimeProvider.System));
        var grains = host.App.Services.GetRequiredService<IGrainFactory>();
        await world.EnrolSchoolAsync(grains);
        var summary = await grains.GetGrain<IReviewCycleGrain>(world.CycleId).Open(world.Opening());
        return new CycleApiWorld(host, world) { ETag = summary.ETag };
    }

    /// <summary>The internal token for <paramref name="personId"/>, with the tenant-level roles the token would carry.</summary>
    public string Token(Guid personId, Guid? tenantId = null)
    {
        var caller = World.As(personId);
        var roles = caller.SchoolUrns.Select(PlatformRoles.SchoolMember).ToList();
        if (caller.IsTenantAdmin)
        {
            roles.Add(PlatformRoles.TenantAdmin);
        }

        if (personId == World.Facilitator)
        {
            roles.Add(PlatformRoles.Facilitator);
        }

        return Host.Tokens.Issue(personId.ToString(), tenantId ?? World.TenantId, roles);
    }

    /// <summary>Sends as <paramref name="personId"/> (null: no token), with the current ETag unless told otherwise.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, Guid? personId, object? body = null, string? ifMatch = "current", string? idempotencyKey = null) =>
        Host.SendAsync(method, Path + relative, personId is { } p ? Token(p) : null, body, ifMatch == "current" ? ETag : ifMatch, idempotencyKey);

    /// <summary>Sends and expects 200 with the cycle, keeping its ETag.</summary>
    public async Task<CycleView> OkAsync(HttpMethod method, string relative, Guid personId, object? body = null)
    {
        using var response = await SendAsync(method, relative, personId, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {relative}: {(int)response.StatusCode} {text}");
        var view = JsonSerializer.Deserialize<CycleView>(text, Json)!;
        Assert.Equal(view.ETag, response.Headers.ETag?.ToString());
        ETag = view.ETag;
        return view;
    }

    /// <summary>Sends a create and expects 201, keeping the cycle's ETag.</summary>
    public async Task<JsonElement> CreatedAsync(string relative, Guid personId, object body, string? idempotencyKey = null)
    {
        using var response = await SendAsync(HttpMethod.Post, relative, personId, body, ifMatch: null, idempotencyKey);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {relative}: {(int)response.StatusCode} {text}");
        ETag = response.Headers.ETag!.ToString();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static object Evidence(string note = "Pupils talked about the books they chose") =>
        new { kind = "PupilVoice", note, enquiryLine = "To what extent do pupils choose to read?" };

    /// <summary>Walks the cycle through the API to the improvement workshop; returns the evidence id.</summary>
    public async Task<Guid> ToWorkshopAsync(string note = "Pupils talked about the books they chose", string findingText = "Pupils choose books widely")
    {
        var w = World;
        var item = await CreatedAsync("/self-review/long-list", w.StaffMember, new { text = "Reading for pleasure" });
        await OkAsync(HttpMethod.Put, "/self-review/focus", w.SeniorLeader, new
        {
            focus = "Reading for pleasure",
            questions = new[] { new { text = "To what extent do pupils choose to read?" } },
            fromLongList = new[] { item.GetProperty("id").GetGuid() },
        });
        await OkAsync(HttpMethod.Post, "/self-review/submit", w.Headteacher);
        await OkAsync(HttpMethod.Put, "/review-plan", w.LeadReviewer, new { visitDays = new[] { Today, Today.AddDays(1) }, evidencePlan = "Pupil voice; book looks", teamConfirmed = true });
        await OkAsync(HttpMethod.Post, "/review-plan/agree", w.Headteacher);
        var evidence = (await CreatedAsync("/evidence", w.Reviewer, Evidence(note))).GetProperty("id").GetGuid();
        await CreatedAsync("/findings", w.LeadReviewer, new { kind = "Strength", text = findingText, evidenceIds = new[] { evidence } });
        await OkAsync(HttpMethod.Post, "/findings/share", w.LeadReviewer);
        return evidence;
    }
}
