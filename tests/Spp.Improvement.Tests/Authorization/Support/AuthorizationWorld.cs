using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Actions;
using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Hosts;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;
using Spp.Improvement.Schools;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Cycles.Support;
using Spp.Improvement.Tests.Schools.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Authorization.Support;

/// <summary>
/// One tenant's programme, built once per test class through the grains: a four-school partnership,
/// a scheduled round, and a cycle driven to impact with a long-list item, evidence, a finding, an
/// agreed action plan with an action and a measure. Every role of docs/authorization.md maps to a
/// person here (or to a stranger: another tenant's admin, another host's admin, a member of a school
/// outside the partnership), with the internal token the gateway would mint from their memberships.
/// </summary>
internal sealed partial class AuthorizationWorld
{
    private readonly ImprovementHost _host;
    private readonly CycleDriver _driver;

    private AuthorizationWorld(ImprovementHost host, CycleDriver driver, Guid actionId)
    {
        _host = host;
        _driver = driver;
        ActionId = actionId;
    }

    public CycleWorld Cycle => _driver.World;

    public Guid TenantId => Cycle.TenantId;

    public Guid ActionId { get; }

    public Guid HostId { get; private init; }

    public Guid InvitationId { get; private set; }

    public string QuestionId { get; private set; } = "";

    public Guid ImportId { get; private set; }

    public Guid OtherTenantId { get; } = Guid.CreateVersion7();

    public int OtherSchoolUrn { get; } = RegisterData.NewUrn();

    public static async Task<AuthorizationWorld> BuildAsync(ImprovementHost host)
    {
        var grains = host.App.Services.GetRequiredService<IGrainFactory>();
        var today = LondonCalendar.Today(TimeProvider.System);
        var w = new CycleWorld(today);
        var hostId = Guid.CreateVersion7();
        await grains.GetGrain<IHostGrain>(hostId).Create("Leeds Teaching School Hub", HostKind.Trust);
        await grains.GetGrain<ITenantGrain>(w.TenantId).Create("t-" + w.TenantId.ToString("N")[..12], "Aire Valley Trust", hostId);
        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.TenantsOf(hostId)).Add(w.TenantId);
        var driver = new CycleDriver(grains, w, today);
        await driver.ToPeerReviewAsync();
        await driver.RecordEvidenceAsync();
        var attachmentId = await AttachAsync(host, w, driver.EvidenceId);
        await driver.Track(driver.Cycle.DraftFinding(w.As(w.LeadReviewer), driver.FindingId, new FindingDraft(FindingKind.Strength, "Pupils choose books widely", [driver.EvidenceId])));
        await driver.Track(driver.Cycle.ShareFindings(w.As(w.LeadReviewer), driver.ETag));
        await driver.AssignChampionAsync();
        await driver.Track(driver.Cycle.RecordWorkshopHeld(w.As(w.Champion), driver.Workshop(), driver.ETag));
        var actionId = await CycleDriver.DraftActionAsync(grains, w, TimeProvider.System, today);
        await JoinPartnersAsync(grains, w);
        await driver.Track(driver.Cycle.AgreeActionPlan(w.As(w.Headteacher), driver.ETag));
        var measureId = Guid.CreateVersion7();
        var owner = await new GrainActionPlanLinks(grains, TimeProvider.System).ActorAsync(w.CycleId, w.TenantId, w.StaffMember, [w.Urn]);
        await grains.GetGrain<IActionPlanGrain>(w.CycleId).DefineMeasure(owner, measureId, new MeasureDefinition(ImpactLevel.Pupils, "Pupils reading at home", actionId, new MeasurePoint(40, today.AddDays(-7)), new MeasurePoint(60, today.AddMonths(6))));
        await grains.GetGrain<IRoundGrain>(w.RoundId).Schedule(new RoundScheduling(w.TenantId, w.PartnershipId, "2026–27 round 1", w.WindowStarts, w.WindowEnds));
        var world = new AuthorizationWorld(host, driver, actionId) { HostId = hostId, MeasureId = measureId, AttachmentId = attachmentId };
        world.InvitationId = await world.InviteAsync();
        world.QuestionId = await world.AskAsync();
        world.ImportId = (await new RegisterApi(host).ImportAsync(new GiasFile().School(RegisterData.NewUrn(), "Hillside Primary School").Utf8())).Import.Id;
        var person = grains.GetGrain<IPersonGrain>(w.StaffMember);
        await person.Register("sam.staff@example.org", "Sam Staff");
        await person.Grant(new RoleGrant(RoleGrantKind.SchoolMember, null, w.TenantId, w.Urn, SchoolRole.Staff));
        return world;
    }

    public Guid MeasureId { get; private init; }

    public Guid AttachmentId { get; private init; }

    public Guid ItemId => _driver.ItemId;

    /// <summary>The reviewer who recorded the evidence attaches a file to it, as the API takes it: the bytes, named in Content-Disposition.</summary>
    private static async Task<Guid> AttachAsync(ImprovementHost host, CycleWorld w, Guid evidenceId)
    {
        using var file = new ByteArrayContent("book look notes"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = "book-look.txt" };
        var token = host.Tokens.Issue(w.Reviewer.ToString(), w.TenantId, [PlatformRoles.SchoolMember(w.ReviewerUrn)]);
        using var response = await host.SendAsync(HttpMethod.Post, $"api/v1/cycles/{w.CycleId}/evidence/{evidenceId}/attachments", token, file);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Attaching a file: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The tenant admin invites a second admin, as the API takes it.</summary>
    private async Task<Guid> InviteAsync()
    {
        using var response = await _host.SendAsync(HttpMethod.Post, "api/v1/invitations", Token("tenant-admin"), new { email = "second.admin@example.org", role = "TenantAdmin" });
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Inviting: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The tenant admin adds a question to the tenant's enquiry framework.</summary>
    private async Task<string> AskAsync()
    {
        using var response = await _host.SendAsync(HttpMethod.Post, "api/v1/enquiry-framework/questions", Token("tenant-admin"), new { theme = "LookingInward", text = "To what extent do pupils read for pleasure?" });
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Adding a question: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").ToString();
    }

    /// <summary>The other three schools of the cycle enrol and join its partnership, so that support can pass between them.</summary>
    private static async Task JoinPartnersAsync(IGrainFactory grains, CycleWorld w)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(w.PartnershipId);
        var etag = (await partnership.Get()).ETag;
        foreach (var urn in new[] { w.LeadUrn, w.ReviewerUrn, w.ChampionUrn })
        {
            await grains.GetGrain<ISchoolGrain>(urn.ToString(CultureInfo.InvariantCulture)).Register(RegisterData.Of(urn));
            await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(w.TenantId, urn)).Enrol();
            etag = (await partnership.AddSchool(urn, etag)).ETag;
        }
    }

    /// <summary>
    /// The current ETag of what a change to <paramref name="pattern"/> touches, read with a GET as someone who
    /// may read it, so that a refusal is never a 412 or 428 in disguise.
    /// </summary>
    public async Task<string?> CurrentETagAsync(string method, string pattern)
    {
        if (method == "GET")
        {
            return null;
        }

        (string Path, string Role)? source =
            pattern.StartsWith("/api/v1/cycles/{cycleId:guid}/action-plan", StringComparison.Ordinal) ? ($"api/v1/cycles/{Cycle.CycleId}/action-plan", "headteacher")
            : pattern.StartsWith("/api/v1/cycles/", StringComparison.Ordinal) ? ($"api/v1/cycles/{Cycle.CycleId}", "headteacher")
            : pattern.StartsWith("/api/v1/partnerships/{id:guid}", StringComparison.Ordinal) ? ($"api/v1/partnerships/{Cycle.PartnershipId}", "tenant-admin")
            : pattern.StartsWith("/api/v1/rounds/", StringComparison.Ordinal) ? ($"api/v1/rounds/{Cycle.RoundId}", "tenant-admin")
            : null;
        if (source is not { } read)
        {
            return "\"1\"";
        }

        using var response = await _host.SendAsync(HttpMethod.Get, read.Path, Token(read.Role));
        Assert.True(response.IsSuccessStatusCode, $"GET {read.Path} as {read.Role}: {(int)response.StatusCode}");
        return response.Headers.ETag?.ToString();
    }

    /// <summary>True when a person of this world holds <paramref name="role"/>.</summary>
    public static bool CanPlay(string role) => role is not ("anyone" or "anonymous" or "tampered" or "host-tenant-admin" or "partner-leader" or "attachment-adder");

    /// <summary>The token the gateway would forward for <paramref name="role"/> (a role name of docs/authorization.md).</summary>
    public string Token(string role)
    {
        var w = Cycle;
        return role switch
        {
            "signed-in" => Person(w.StaffMember, null),
            "national-team" => Person(Guid.CreateVersion7(), null, PlatformRoles.NationalTeam),
            "host-admin" => Person(Guid.CreateVersion7(), null, PlatformRoles.HostAdminOf(HostId)),
            "other-host-admin" => Person(Guid.CreateVersion7(), null, PlatformRoles.HostAdminOf(Guid.CreateVersion7())),
            "tenant-admin" => Person(w.TenantAdmin, TenantId, PlatformRoles.TenantAdmin),
            "other-tenant-admin" => Person(Guid.CreateVersion7(), OtherTenantId, PlatformRoles.TenantAdmin),
            "facilitator" => Person(w.Facilitator, TenantId, PlatformRoles.Facilitator),
            "other-facilitator" => Person(Guid.CreateVersion7(), TenantId, PlatformRoles.Facilitator),
            "headteacher" => Member(w.Headteacher, w.Urn),
            "senior-leader" => Member(w.SeniorLeader, w.Urn),
            "school-staff" or "action-owner" => Member(w.StaffMember, w.Urn),
            "lead-reviewer" or "finding-drafter" => Member(w.LeadReviewer, w.LeadUrn),
            "reviewer" or "evidence-recorder" => Member(w.Reviewer, w.ReviewerUrn),
            "champion" => Member(w.Champion, w.ChampionUrn),
            "partner-member" => Member(w.PartnerTeacher, w.ChampionUrn),
            "other-school-member" => Member(Guid.CreateVersion7(), OtherSchoolUrn),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No person in the world holds this role."),
        };
    }

    /// <summary>
    /// The route with its parameters filled from this world: the cycle, partnership, round and
    /// tenant built here, the cycle's items, and fresh ids for what the world does not hold.
    /// </summary>
    public string PathOf(string pattern) => Parameter().Replace(pattern, match => Value(pattern, match.Groups["name"].Value));

    private string Value(string pattern, string name)
    {
        var w = Cycle;
        object value = name switch
        {
            "id" when pattern.StartsWith("/api/v1/cycles/", StringComparison.Ordinal) => w.CycleId,
            "id" when pattern.StartsWith("/api/v1/partnerships/", StringComparison.Ordinal) => w.PartnershipId,
            "id" when pattern.StartsWith("/api/v1/rounds/", StringComparison.Ordinal) => w.RoundId,
            "id" when pattern.StartsWith("/api/v1/platform/tenants/", StringComparison.Ordinal) => TenantId,
            "cycleId" => w.CycleId,
            "partnershipId" => w.PartnershipId,
            "evidenceId" => _driver.EvidenceId,
            "findingId" => _driver.FindingId,
            "itemId" => _driver.ItemId,
            "actionId" => ActionId,
            "measureId" => MeasureId,
            "attachmentId" => AttachmentId,
            "tenantId" => TenantId,
            "hostId" => HostId,
            "invitationId" => InvitationId,
            "personId" => w.StaffMember,
            "urn" => w.Urn,
            "questionId" => QuestionId,
            "id" when pattern.StartsWith("/api/v1/platform/school-imports/", StringComparison.Ordinal) => ImportId,
            _ => Guid.CreateVersion7(),
        };
        return Convert.ToString(value, CultureInfo.InvariantCulture)!;
    }

    /// <summary>Ids and names of this world's resources: none may appear in the body of a refusal.</summary>
    public IReadOnlyList<string> Secrets =>
    [
        TenantId.ToString(), Cycle.CycleId.ToString(), Cycle.PartnershipId.ToString(), Cycle.RoundId.ToString(),
        _driver.EvidenceId.ToString(), _driver.FindingId.ToString(), _driver.ItemId.ToString(), ActionId.ToString(),
        Cycle.Headteacher.ToString(), Cycle.StaffMember.ToString(), Cycle.LeadReviewer.ToString(), Cycle.Reviewer.ToString(),
        "North Leeds", "book-look.txt", "Sam Staff", "sam.staff@example.org", "Reading for pleasure", "Pupils choose books widely", "Pupils talked about the books", "Daily class reading time",
    ];

    private string Member(Guid personId, int urn) => Person(personId, TenantId, PlatformRoles.SchoolMember(urn));

    private string Person(Guid personId, Guid? tenantId, params string[] roles) => _host.Tokens.Issue(personId.ToString(), tenantId, roles);

    [GeneratedRegex(@"\{(?<name>\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
