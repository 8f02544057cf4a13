using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// A full review round for a four-school partnership, walked through the gateway as its people
/// would: onboarding of a host and its tenant, the school register import, enrolment, invitations,
/// partnership, round and rota, then each school's cycle to Closed. Along the way it makes one
/// refused call per rule (noted in <see cref="GatewayApi.Rules"/>) next to the allowed one.
/// </summary>
internal sealed partial class RoundScenario(GatewayApi api, CanaryText canary)
{
    public static readonly int[] Urns = [710001, 710002, 710003, 710004];
    private const int BrokenUrn = 710099;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly string _slug = "e2e-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Today in England, the calendar the platform's date rules use.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    public GatewayApi Api => api;

    public Guid HostId { get; private set; }

    public Guid TenantId { get; private set; }

    public Person HostAdmin { get; private set; } = null!;

    public Person TenantAdmin { get; private set; } = null!;

    public Person Facilitator { get; private set; } = null!;

    public IReadOnlyList<SchoolStaff> Schools { get; private set; } = [];

    /// <summary>The review cycle of each school once the round has started.</summary>
    public IReadOnlyDictionary<int, Guid> Cycles { get; private set; } = new Dictionary<int, Guid>();

    private string NationalTeam => api.Platform.NationalTeam;

    /// <summary>A route of the tenant, through the gateway's <c>/t/{slug}/</c> prefix.</summary>
    public string Tenant(string route) => $"t/{_slug}/api/v1/{route}";

    /// <summary>The national team creates a host and invites its admin; the host admin onboards the tenant and invites its admin.</summary>
    public async Task OnboardAsync()
    {
        var host = await api.CreatedAsync("api/v1/platform/hosts", NationalTeam, new { name = "Leeds City Council", kind = "LocalAuthority" });
        HostId = host.Id;
        await api.CreatedAsync($"api/v1/platform/hosts/{HostId}/invitations", NationalTeam, new { email = $"host.admin@{_slug}.test" });
        HostAdmin = await SignInAsync($"host.admin@{_slug}.test", "Hana Host");

        var stranger = await SignInAsync($"stranger@{_slug}.test", "Sam Stranger");
        await api.RefusedAsync("host-admin-onboards", HttpStatusCode.Forbidden, "forbidden", HttpMethod.Post, $"api/v1/hosts/{HostId}/tenants", stranger.Token, new { slug = _slug, name = "Riverside Partnership Trust" });
        var tenant = api.Allowed("host-admin-onboards", await api.CreatedAsync($"api/v1/hosts/{HostId}/tenants", HostAdmin.Token, new { slug = _slug, name = "Riverside Partnership Trust" }));
        TenantId = tenant.Id;

        await api.CreatedAsync($"api/v1/hosts/{HostId}/invitations", HostAdmin.Token, new { email = $"tenant.admin@{_slug}.test", tenantId = TenantId, role = "TenantAdmin" });
        TenantAdmin = await SignInAsync($"tenant.admin@{_slug}.test", "Tia Tenant");
        var me = await api.OkAsync(HttpMethod.Get, "api/v1/me", TenantAdmin.Token);
        Assert.Contains(me.Body.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("tenantId").GetGuid() == TenantId);
    }

    /// <summary>The national team uploads the establishment file and follows the import's progress to its end.</summary>
    public async Task ImportRegisterAsync()
    {
        using var csv = new StringContent(GiasCsv.For(Urns, BrokenUrn), Encoding.UTF8, "text/csv");
        var started = await api.ExpectAsync(HttpStatusCode.Accepted, HttpMethod.Post, "api/v1/platform/school-imports", NationalTeam, csv);
        var importId = started.Id;

        var lastEvent = await FollowProgressAsync($"api/v1/platform/school-imports/{importId}/progress");
        Assert.NotNull(lastEvent);
        var report = await api.OkAsync(HttpMethod.Get, $"api/v1/platform/school-imports/{importId}", NationalTeam);
        var import = report.Body.GetProperty("import");
        Assert.True(import.GetProperty("status").GetString() == "Completed" && import.GetProperty("imported").GetInt64() == Urns.Length, report.Body.ToString());
        var rejected = Assert.Single(report.Body.GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(GiasCsv.BrokenLine(Urns), rejected.GetProperty("line").GetInt64());
    }

    /// <summary>Reads the import's server-sent events until the stream ends; returns the last event's data.</summary>
    private async Task<string?> FollowProgressAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NationalTeam);
        using var response = await api.Platform.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        string? last = null;
        while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                last = line[5..].Trim();
            }
        }

        return last;
    }

    /// <summary>The tenant admin enrols the four schools from the register and invites their people and a facilitator.</summary>
    public async Task EnrolAndInviteAsync()
    {
        await api.RefusedAsync("school-not-in-register", HttpStatusCode.UnprocessableEntity, "school-not-in-register", HttpMethod.Post, Tenant("enrolments"), TenantAdmin.Token, new { urn = 799999 });
        foreach (var urn in Urns)
        {
            await api.CreatedAsync(Tenant("enrolments"), TenantAdmin.Token, new { urn });
        }

        api.Rules.Allowed("school-not-in-register");
        var invited = new List<(int Urn, string Role, string Email, string Name)>();
        foreach (var (urn, i) in Urns.Select((u, i) => (u, i)))
        {
            invited.Add((urn, "Headteacher", $"head.{i}@{_slug}.test", $"Head {i}"));
            invited.Add((urn, "SeniorLeader", $"leader.{i}@{_slug}.test", $"Leader {i}"));
            invited.Add((urn, "Staff", $"staff.{i}@{_slug}.test", $"Staff {i}"));
        }

        foreach (var (urn, role, email, _) in invited)
        {
            await api.CreatedAsync(Tenant("invitations"), TenantAdmin.Token, new { email, role = "SchoolMember", urn, schoolRole = role });
        }

        await api.CreatedAsync(Tenant("invitations"), TenantAdmin.Token, new { email = $"facilitator@{_slug}.test", role = "Facilitator" });
        Facilitator = await SignInAsync($"facilitator@{_slug}.test", "Fran Facilitator");

        var people = new Dictionary<string, Person>();
        foreach (var (_, _, email, name) in invited)
        {
            people[email] = await SignInAsync(email, name);
        }

        Schools = [.. Urns.Select((urn, i) => new SchoolStaff(urn, people[$"head.{i}@{_slug}.test"], people[$"leader.{i}@{_slug}.test"], people[$"staff.{i}@{_slug}.test"]))];
    }

    /// <summary>Signs in at the development issuer; the first call through the gateway accepts any invitation to the address.</summary>
    private async Task<Person> SignInAsync(string email, string name)
    {
        var token = await api.Platform.SignInAsync(email, name);
        var me = await api.OkAsync(HttpMethod.Get, "api/v1/me", token);
        return new Person(email, token, me.Id);
    }

    /// <summary>The person with <paramref name="id"/> among the scenario's people.</summary>
    public Person PersonWith(Guid id) =>
        Schools.SelectMany(s => new[] { s.Headteacher, s.SeniorLeader, s.Staff }).Append(Facilitator).Single(p => p.Id == id);

    public SchoolStaff SchoolOf(int urn) => Schools.Single(s => s.Urn == urn);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Property(Answer answer, string name) => answer.Body.GetProperty(name);
}
