using System.Globalization;
using System.Net;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Api;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Schools.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Schools;

/// <summary>Register search, enrolment, withdrawal and transfer over HTTP. Runs on each store: the search queries it directly.</summary>
public abstract class RegisterAndEnrolmentsApiContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private const string ProblemBase = "https://spp-platform.org/problems/";
    private const string Enrolments = "api/v1/enrolments";
    private RegisterApi? _api;

    private RegisterApi api => _api ??= new RegisterApi(service.Host);

    private ImprovementHost Host => api.Host;

    private async Task<Guid> NewTenantAsync()
    {
        var id = Guid.NewGuid();
        await api.Grains.GetGrain<ITenantGrain>(id).Create("t-" + id.ToString("N")[..12], "Delivery Partner");
        return id;
    }

    private async Task<(HttpResponseMessage Response, EnrolmentView Enrolment)> EnrolAsync(Guid tenantId, int urn, string? key = null)
    {
        var response = await Host.SendAsync(HttpMethod.Post, Enrolments, api.TenantAdmin(tenantId), new { urn }, idempotencyKey: key);
        return (response, await RegisterApi.ReadAsync<EnrolmentView>(response, HttpStatusCode.Created));
    }

    private async Task<RegisterPage> SearchAsync(Guid tenantId, string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"api/v1/schools/register?{query}", api.Facilitator(tenantId));
        return await RegisterApi.ReadAsync<RegisterPage>(response, HttpStatusCode.OK);
    }

    private static async Task AssertRuleAsync(HttpResponseMessage response, string rule)
    {
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ProblemBase + rule, problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_register_is_searched_by_name_prefix_ignoring_case_and_accents_and_by_URN_prefix()
    {
        var word = "Zq" + Guid.NewGuid().ToString("N")[..6];
        var ecole = await api.RegisterAsync($"École {word} Primary");
        var other = await api.RegisterAsync($"ecole {word} Juniors");
        await api.RegisterAsync($"Another {word}");

        var byName = await SearchAsync(Guid.NewGuid(), $"q=ECOLE%20{word}");
        var byUrn = await SearchAsync(Guid.NewGuid(), $"q={ecole.Urn}");

        Assert.Equal([other.Urn, ecole.Urn], byName.Items.Select(s => s.Urn)); // "ecole … juniors" before "ecole … primary"
        Assert.Equal(ecole.Urn, Assert.Single(byUrn.Items).Urn);
        Assert.Null(byName.NextCursor);
    }

    [Fact]
    public async Task Register_pages_follow_the_cursor_without_gaps_or_repeats()
    {
        var word = "Pg" + Guid.NewGuid().ToString("N")[..6];
        var urns = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            urns.Add((await api.RegisterAsync($"{word} School")).Urn);
        }

        var seen = new List<int>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync(Guid.NewGuid(), $"q={word}&limit=2" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(s => s.Urn));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(urns.Order(), seen);
    }

    [Fact]
    public async Task The_register_tells_a_tenant_whether_a_school_is_free_its_own_or_taken_without_naming_the_other_tenant()
    {
        var (mine, theirs) = (await NewTenantAsync(), await NewTenantAsync());
        var word = "Av" + Guid.NewGuid().ToString("N")[..6];
        var free = await api.RegisterAsync($"{word} A");
        var own = await api.RegisterAsync($"{word} B");
        var taken = await api.RegisterAsync($"{word} C");
        (await EnrolAsync(mine, own.Urn)).Response.Dispose();
        (await EnrolAsync(theirs, taken.Urn)).Response.Dispose();

        var page = await SearchAsync(mine, $"q={word}");
        using var single = await Host.SendAsync(HttpMethod.Get, $"api/v1/schools/register/{taken.Urn}", api.Facilitator(mine));
        var text = await single.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal([RegisterAvailability.Available, RegisterAvailability.EnrolledHere, RegisterAvailability.EnrolledElsewhere], page.Items.Select(s => s.Availability));
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.DoesNotContain(theirs.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(free.Urn, page.Items[0].Urn);
    }

    [Fact]
    public async Task Register_routes_refuse_callers_outside_a_tenant_and_bad_parameters()
    {
        using var anonymous = await Host.SendAsync(HttpMethod.Get, "api/v1/schools/register?q=a", token: null);
        using var outside = await Host.SendAsync(HttpMethod.Get, "api/v1/schools/register?q=a", api.NationalTeam);
        using var badLimit = await Host.SendAsync(HttpMethod.Get, "api/v1/schools/register?limit=0&cursor=bm9wZQ", api.Facilitator(Guid.NewGuid()));
        using var unknown = await Host.SendAsync(HttpMethod.Get, $"api/v1/schools/register/{RegisterData.NewUrn()}", api.Facilitator(Guid.NewGuid()));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (anonymous.StatusCode, outside.StatusCode));
        var problem = await Problems.AssertProblemAsync(badLimit, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tenant_admin_enrols_a_school_201_with_location_and_ETag_and_a_retry_returns_the_same_enrolment()
    {
        var tenant = await NewTenantAsync();
        var school = await api.RegisterAsync();
        var key = Guid.NewGuid().ToString();

        var (first, created) = await EnrolAsync(tenant, school.Urn, key);
        var (retry, retried) = await EnrolAsync(tenant, school.Urn, key);

        Assert.Equal($"/api/v1/enrolments/{school.Urn}", first.Headers.Location?.OriginalString);
        Assert.Equal(created.ETag, first.Headers.ETag?.ToString());
        Assert.Equal((tenant, school.Urn, EnrolmentStatus.Active, school.Name), (created.TenantId, created.Urn, created.Status, created.SchoolName));
        Assert.Equal(created.ETag, retried.ETag);
        first.Dispose();
        retry.Dispose();
    }

    [Fact]
    public async Task Enrolling_breaks_the_register_and_one_tenant_rules_with_422()
    {
        var (mine, theirs) = (await NewTenantAsync(), await NewTenantAsync());
        var school = await api.RegisterAsync();
        (await EnrolAsync(theirs, school.Urn)).Response.Dispose();

        using var notInRegister = await Host.SendAsync(HttpMethod.Post, Enrolments, api.TenantAdmin(mine), new { urn = RegisterData.NewUrn() });
        using var elsewhere = await Host.SendAsync(HttpMethod.Post, Enrolments, api.TenantAdmin(mine), new { urn = school.Urn });

        await AssertRuleAsync(notInRegister, "school-not-in-register");
        await AssertRuleAsync(elsewhere, "school-enrolled-elsewhere");
    }

    [Fact]
    public async Task Enrolling_needs_a_tenant_admin_a_token_and_a_URN()
    {
        var tenant = await NewTenantAsync();
        var school = await api.RegisterAsync();

        using var anonymous = await Host.SendAsync(HttpMethod.Post, Enrolments, token: null, new { urn = school.Urn });
        using var facilitator = await Host.SendAsync(HttpMethod.Post, Enrolments, api.Facilitator(tenant), new { urn = school.Urn });
        using var noUrn = await Host.SendAsync(HttpMethod.Post, Enrolments, api.TenantAdmin(tenant), new { });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await Problems.AssertProblemAsync(facilitator, HttpStatusCode.Forbidden);
        var problem = await Problems.AssertProblemAsync(noUrn, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("urn", out _));
    }

    [Fact]
    public async Task Members_list_and_read_their_tenants_enrolments_and_another_tenant_sees_none_of_them()
    {
        var (mine, other) = (await NewTenantAsync(), await NewTenantAsync());
        var urns = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var school = await api.RegisterAsync();
            (await EnrolAsync(mine, school.Urn)).Response.Dispose();
            urns.Add(school.Urn);
        }

        using var page1 = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}?limit=2", api.Facilitator(mine));
        var first = await RegisterApi.ReadAsync<EnrolmentPage>(page1, HttpStatusCode.OK);
        using var page2 = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}?limit=2&cursor={first.NextCursor}", api.Facilitator(mine));
        var second = await RegisterApi.ReadAsync<EnrolmentPage>(page2, HttpStatusCode.OK);
        using var otherList = await Host.SendAsync(HttpMethod.Get, Enrolments, api.TenantAdmin(other));
        using var otherRead = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}/{urns[0]}", api.TenantAdmin(other));
        using var ownRead = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}/{urns[0]}", api.Facilitator(mine));

        Assert.Equal(urns.Order(), first.Items.Concat(second.Items).Select(e => e.Urn));
        Assert.Null(second.NextCursor);
        Assert.Empty((await RegisterApi.ReadAsync<EnrolmentPage>(otherList, HttpStatusCode.OK)).Items);
        await Problems.AssertProblemAsync(otherRead, HttpStatusCode.NotFound);
        var own = await RegisterApi.ReadAsync<EnrolmentView>(ownRead, HttpStatusCode.OK);
        Assert.Equal(own.ETag, ownRead.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Withdrawing_needs_If_Match_refuses_a_stale_one_with_the_current_ETag_and_then_ends_the_enrolment_once()
    {
        var tenant = await NewTenantAsync();
        var school = await api.RegisterAsync();
        var (created, enrolment) = await EnrolAsync(tenant, school.Urn);
        created.Dispose();
        var path = $"{Enrolments}/{school.Urn}/withdraw";

        using var noIfMatch = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(tenant));
        using var stale = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(tenant), ifMatch: "\"99\"");
        using var withdrawn = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(tenant), ifMatch: enrolment.ETag);
        var ended = await RegisterApi.ReadAsync<EnrolmentView>(withdrawn, HttpStatusCode.OK);
        using var again = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(tenant), ifMatch: ended.ETag);

        await Problems.AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(enrolment.ETag, stale.Headers.ETag?.ToString());
        Assert.Equal((EnrolmentStatus.Ended, EnrolmentHistory.Withdrawn), (ended.Status, ended.History[^1].What));
        var conflict = await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("Ended", conflict.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Withdrawing_is_for_the_tenant_admin_of_the_enrolling_tenant_while_the_school_is_in_no_partnership()
    {
        var (tenant, other) = (await NewTenantAsync(), await NewTenantAsync());
        var school = await api.RegisterAsync();
        (await EnrolAsync(tenant, school.Urn)).Response.Dispose();
        var joined = await api.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenant, school.Urn)).JoinPartnership(Guid.NewGuid());
        var path = $"{Enrolments}/{school.Urn}/withdraw";

        using var facilitator = await Host.SendAsync(HttpMethod.Post, path, api.Facilitator(tenant), ifMatch: joined.ETag);
        using var otherTenant = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(other), ifMatch: joined.ETag);
        using var inPartnership = await Host.SendAsync(HttpMethod.Post, path, api.TenantAdmin(tenant), ifMatch: joined.ETag);
        using var anonymous = await Host.SendAsync(HttpMethod.Post, path, token: null, ifMatch: joined.ETag);

        await Problems.AssertProblemAsync(facilitator, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(otherTenant, HttpStatusCode.NotFound);
        await AssertRuleAsync(inPartnership, "school-in-partnership");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_national_team_transfers_a_school_ending_the_old_enrolment_and_starting_the_new_one()
    {
        var (from, to) = (await NewTenantAsync(), await NewTenantAsync());
        var school = await api.RegisterAsync();
        (await EnrolAsync(from, school.Urn)).Response.Dispose();
        using var read = await Host.SendAsync(HttpMethod.Get, $"api/v1/platform/schools/{school.Urn}", api.NationalTeam);
        var before = await RegisterApi.ReadAsync<SchoolView>(read, HttpStatusCode.OK);

        using var transfer = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/schools/{school.Urn}/transfer", api.NationalTeam, new { toTenantId = to }, ifMatch: before.ETag);
        var moved = await RegisterApi.ReadAsync<SchoolView>(transfer, HttpStatusCode.OK);
        using var retry = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/schools/{school.Urn}/transfer", api.NationalTeam, new { toTenantId = to }, ifMatch: before.ETag);
        using var oldRead = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}/{school.Urn}", api.TenantAdmin(from));
        using var newRead = await Host.SendAsync(HttpMethod.Get, $"{Enrolments}/{school.Urn}", api.TenantAdmin(to));

        Assert.Equal(to, moved.EnrolledTenantId);
        Assert.Equal(moved.ETag, transfer.Headers.ETag?.ToString());
        Assert.Equal(moved, await RegisterApi.ReadAsync<SchoolView>(retry, HttpStatusCode.OK));
        var old = await RegisterApi.ReadAsync<EnrolmentView>(oldRead, HttpStatusCode.OK);
        Assert.Equal((EnrolmentStatus.Ended, EnrolmentHistory.TransferredOut), (old.Status, old.History[^1].What));
        var started = await RegisterApi.ReadAsync<EnrolmentView>(newRead, HttpStatusCode.OK);
        Assert.Equal((EnrolmentStatus.Active, EnrolmentHistory.TransferredIn), (started.Status, started.History[^1].What));
    }

    [Fact]
    public async Task A_transfer_needs_If_Match_a_current_ETag_an_enrolled_school_a_known_tenant_and_no_partnership()
    {
        var (from, to) = (await NewTenantAsync(), await NewTenantAsync());
        var enrolled = await api.RegisterAsync();
        var free = await api.RegisterAsync();
        (await EnrolAsync(from, enrolled.Urn)).Response.Dispose();
        var current = await api.Grains.GetGrain<ISchoolGrain>(enrolled.Urn.ToString(CultureInfo.InvariantCulture)).Get();
        var freeView = await api.Grains.GetGrain<ISchoolGrain>(free.Urn.ToString(CultureInfo.InvariantCulture)).Get();
        string Path(int urn) => $"api/v1/platform/schools/{urn}/transfer";

        using var noIfMatch = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.NationalTeam, new { toTenantId = to });
        using var stale = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.NationalTeam, new { toTenantId = to }, ifMatch: "\"1\"");
        using var notEnrolled = await Host.SendAsync(HttpMethod.Post, Path(free.Urn), api.NationalTeam, new { toTenantId = to }, ifMatch: freeView.ETag);
        using var unknownTenant = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.NationalTeam, new { toTenantId = Guid.NewGuid() }, ifMatch: current.ETag);
        using var noTenant = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.NationalTeam, new { }, ifMatch: current.ETag);
        using var byTenantAdmin = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.TenantAdmin(from), new { toTenantId = to }, ifMatch: current.ETag);
        using var unknownSchool = await Host.SendAsync(HttpMethod.Post, Path(RegisterData.NewUrn()), api.NationalTeam, new { toTenantId = to }, ifMatch: current.ETag);
        await api.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(from, enrolled.Urn)).JoinPartnership(Guid.NewGuid());
        using var inPartnership = await Host.SendAsync(HttpMethod.Post, Path(enrolled.Urn), api.NationalTeam, new { toTenantId = to }, ifMatch: current.ETag);

        await Problems.AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(current.ETag, stale.Headers.ETag?.ToString());
        Assert.Equal("not-enrolled", (await Problems.AssertProblemAsync(notEnrolled, HttpStatusCode.Conflict)).GetProperty("from").GetString());
        await AssertRuleAsync(unknownTenant, "tenant-not-found");
        await Problems.AssertProblemAsync(noTenant, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, byTenantAdmin.StatusCode);
        await Problems.AssertProblemAsync(unknownSchool, HttpStatusCode.NotFound);
        await AssertRuleAsync(inPartnership, "school-in-partnership");
        Assert.Equal(from, (await api.Grains.GetGrain<ISchoolGrain>(enrolled.Urn.ToString(CultureInfo.InvariantCulture)).Get()).EnrolledTenantId);
    }
}

/// <summary>On SQLite (the all-in-one's store).</summary>
public sealed class RegisterAndEnrolmentsApiOnSqlite(SqliteImprovementService service) : RegisterAndEnrolmentsApiContract<SqliteImprovementService>(service);

/// <summary>On PostgreSQL (production's store).</summary>
public sealed class RegisterAndEnrolmentsApiOnPostgres(PostgresImprovementService service) : RegisterAndEnrolmentsApiContract<PostgresImprovementService>(service);
