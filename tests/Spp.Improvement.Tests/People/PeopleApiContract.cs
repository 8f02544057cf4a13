using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Schools.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>Sign-in resolution, invitations, members, me, export and erase over HTTP against the real service.</summary>
public abstract class PeopleApiContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private ImprovementHost Host => service.Host;

    private static string NewEmail() => $"p{Guid.NewGuid():N}@school.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string TenantAdmin(Guid tenantId, Guid? person = null) => Host.Tokens.Issue((person ?? Guid.NewGuid()).ToString(), tenantId, [PlatformRoles.TenantAdmin]);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<SignInResolution> SignInAsync(string email)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("https://id.example", "s-" + email, email, "Alex Member"));
        return (await TenantResponses.ReadAsync<SignInResolution>(response))!;
    }

    /// <summary>A tenant admin invites <paramref name="email"/> as facilitator; the person signs in and is a member.</summary>
    private async Task<(Guid PersonId, string ETag)> MemberAsync(Guid tenantId)
    {
        var email = NewEmail();
        using var invite = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", TenantAdmin(tenantId), new { email, role = "Facilitator" });
        await JsonAsync(invite, HttpStatusCode.Created);
        var person = (await SignInAsync(email)).PersonId;
        using var member = await Host.SendAsync(HttpMethod.Get, $"api/v1/members/{person}", TenantAdmin(tenantId));
        var body = await JsonAsync(member, HttpStatusCode.OK);
        return (person, body.GetProperty("eTag").GetString()!);
    }

    [Fact]
    public async Task Sign_in_resolution_is_for_services_only_and_validates_its_request()
    {
        var request = new SignInRequest("https://id.example", "s", NewEmail(), null);
        using var anonymous = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, null, request);
        using var person = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.NationalTeam(Guid.NewGuid().ToString()), request);
        using var invalid = await Host.SendAsync(HttpMethod.Post, SignInRoutes.Resolve, Host.Service(), new SignInRequest("", "s", "not an address", null));

        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(person, HttpStatusCode.Forbidden);
        var problem = await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("issuer", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task An_invited_person_signs_in_and_sees_the_membership_on_me()
    {
        var tenantId = await CreateTenantAsync();
        var (personId, _) = await MemberAsync(tenantId);

        using var me = await Host.SendAsync(HttpMethod.Get, "api/v1/me", Host.Tokens.Issue(personId.ToString(), null, []));
        using var anonymous = await Host.SendAsync(HttpMethod.Get, "api/v1/me", null);

        var body = await JsonAsync(me, HttpStatusCode.OK);
        var membership = Assert.Single(body.GetProperty("memberships").EnumerateArray());
        Assert.Equal(tenantId, membership.GetProperty("tenantId").GetGuid());
        Assert.Equal(PlatformRoles.Facilitator, Assert.Single(membership.GetProperty("roles").EnumerateArray()).GetString());
        await Problems.AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Invitations_are_for_tenant_admins_validated_idempotent_and_revoked_once()
    {
        var tenantId = Guid.NewGuid();
        var admin = TenantAdmin(tenantId);
        var email = NewEmail();

        using var facilitator = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", Host.Tokens.Issue(Guid.NewGuid().ToString(), tenantId, [PlatformRoles.Facilitator]), new { email, role = "TenantAdmin" });
        using var invalid = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", admin, new { email = "nope", role = "SchoolMember" });
        using var first = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", admin, new { email, role = "TenantAdmin" }, idempotencyKey: "k1");
        using var retry = await Host.SendAsync(HttpMethod.Post, "api/v1/invitations", admin, new { email, role = "TenantAdmin" }, idempotencyKey: "k1");

        await Problems.AssertProblemAsync(facilitator, HttpStatusCode.Forbidden);
        var errors = (await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _) && errors.TryGetProperty("urn", out _));
        var created = await JsonAsync(first, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(id, (await JsonAsync(retry, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal("Pending", created.GetProperty("status").GetString());

        var revoke = $"api/v1/invitations/{id}/revoke";
        using var otherTenant = await Host.SendAsync(HttpMethod.Post, revoke, TenantAdmin(Guid.NewGuid()), ifMatch: "\"1\"");
        using var noIfMatch = await Host.SendAsync(HttpMethod.Post, revoke, admin);
        using var stale = await Host.SendAsync(HttpMethod.Post, revoke, admin, ifMatch: "\"9\"");
        using var revoked = await Host.SendAsync(HttpMethod.Post, revoke, admin, ifMatch: created.GetProperty("eTag").GetString());
        using var again = await Host.SendAsync(HttpMethod.Post, revoke, admin, ifMatch: revoked.Headers.ETag?.ToString());
        using var list = await Host.SendAsync(HttpMethod.Get, "api/v1/invitations?limit=1", admin);

        await Problems.AssertProblemAsync(otherTenant, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(noIfMatch, (HttpStatusCode)428);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(created.GetProperty("eTag").GetString(), stale.Headers.ETag?.ToString());
        Assert.Equal("Revoked", (await JsonAsync(revoked, HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("Revoked", (await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("from").GetString());
        Assert.Equal(id, Assert.Single((await JsonAsync(list, HttpStatusCode.OK)).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_tenant_admin_lists_changes_and_removes_members_of_their_tenant_only()
    {
        var tenantId = await CreateTenantAsync();
        var admin = TenantAdmin(tenantId);
        var (personId, etag) = await MemberAsync(tenantId);
        var roles = $"api/v1/members/{personId}/roles";

        using var list = await Host.SendAsync(HttpMethod.Get, "api/v1/members", admin);
        using var badCursor = await Host.SendAsync(HttpMethod.Get, "api/v1/members?cursor=zz&limit=500", admin);
        using var otherTenant = await Host.SendAsync(HttpMethod.Get, $"api/v1/members/{personId}", TenantAdmin(Guid.NewGuid()));
        using var notAdmin = await Host.SendAsync(HttpMethod.Get, $"api/v1/members/{personId}", Host.Tokens.Issue(personId.ToString(), tenantId, [PlatformRoles.Facilitator]));
        using var noIfMatch = await Host.SendAsync(HttpMethod.Put, roles, admin, new { isTenantAdmin = true, isFacilitator = true, schools = Array.Empty<object>() });
        using var invalid = await Host.SendAsync(HttpMethod.Put, roles, admin, new { isTenantAdmin = true }, ifMatch: etag);
        using var noRole = await Host.SendAsync(HttpMethod.Put, roles, admin, new { isTenantAdmin = false, isFacilitator = false, schools = Array.Empty<object>() }, ifMatch: etag);
        using var changed = await Host.SendAsync(HttpMethod.Put, roles, admin, new { isTenantAdmin = true, isFacilitator = false, schools = Array.Empty<object>() }, ifMatch: etag);
        using var stale = await Host.SendAsync(HttpMethod.Delete, $"api/v1/members/{personId}", admin, ifMatch: etag);

        Assert.Contains((await JsonAsync(list, HttpStatusCode.OK)).GetProperty("items").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == personId);
        var cursorErrors = (await Problems.AssertProblemAsync(badCursor, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(cursorErrors.TryGetProperty("cursor", out _) && cursorErrors.TryGetProperty("limit", out _));
        await Problems.AssertProblemAsync(otherTenant, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(notAdmin, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(noIfMatch, (HttpStatusCode)428);
        await Problems.AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.EndsWith("membership-needs-a-role", (await Problems.AssertProblemAsync(noRole, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString(), StringComparison.Ordinal);
        var member = await JsonAsync(changed, HttpStatusCode.OK);
        Assert.True(member.GetProperty("isTenantAdmin").GetBoolean());
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);

        using var removed = await Host.SendAsync(HttpMethod.Delete, $"api/v1/members/{personId}", admin, ifMatch: member.GetProperty("eTag").GetString());
        using var gone = await Host.SendAsync(HttpMethod.Get, $"api/v1/members/{personId}", admin);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Problems.AssertProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task School_roles_given_to_a_member_need_the_school_enrolled_and_join_its_staff()
    {
        var tenantId = await CreateTenantAsync();
        var admin = TenantAdmin(tenantId);
        var (personId, etag) = await MemberAsync(tenantId);
        var urn = RegisterData.NewUrn();
        var body = new { isTenantAdmin = false, isFacilitator = true, schools = new[] { new { urn, role = "Headteacher" } } };

        using var notEnrolled = await Host.SendAsync(HttpMethod.Put, $"api/v1/members/{personId}/roles", admin, body, ifMatch: etag);
        Assert.EndsWith("school-not-enrolled", (await Problems.AssertProblemAsync(notEnrolled, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString(), StringComparison.Ordinal);

        var grains = Host.App.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ISchoolGrain>(urn.ToString(CultureInfo.InvariantCulture)).Register(RegisterData.Of(urn));
        var enrolment = grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn));
        await enrolment.Enrol();
        using var given = await Host.SendAsync(HttpMethod.Put, $"api/v1/members/{personId}/roles", admin, body, ifMatch: etag);

        var member = await JsonAsync(given, HttpStatusCode.OK);
        Assert.Equal(urn, Assert.Single(member.GetProperty("schools").EnumerateArray()).GetProperty("urn").GetInt32());
        Assert.Equal([personId], (await enrolment.Get()).Headteachers);

        using var removed = await Host.SendAsync(HttpMethod.Delete, $"api/v1/members/{personId}", admin, ifMatch: member.GetProperty("eTag").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await enrolment.Get()).Staff);
    }

    [Fact]
    public async Task The_national_team_exports_and_erases_a_person_and_no_one_else_may()
    {
        var email = NewEmail();
        var personId = (await SignInAsync(email)).PersonId;
        var national = Host.NationalTeam(Guid.NewGuid().ToString());

        using var export = await Host.SendAsync(HttpMethod.Get, $"api/v1/platform/people/{personId}/export", national);
        using var refused = await Host.SendAsync(HttpMethod.Get, $"api/v1/platform/people/{personId}/export", TenantAdmin(Guid.NewGuid()));
        using var noIfMatch = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/people/{personId}/erase", national);
        using var erased = await Host.SendAsync(HttpMethod.Post, $"api/v1/platform/people/{personId}/erase", national, ifMatch: export.Headers.ETag?.ToString());
        using var unknown = await Host.SendAsync(HttpMethod.Get, $"api/v1/platform/people/{Guid.NewGuid()}/export", national);

        Assert.Equal(email, (await JsonAsync(export, HttpStatusCode.OK)).GetProperty("email").GetString());
        await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(noIfMatch, (HttpStatusCode)428);
        Assert.Equal(string.Empty, (await JsonAsync(erased, HttpStatusCode.OK)).GetProperty("email").GetString());
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    private async Task<Guid> CreateTenantAsync()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, "api/v1/platform/tenants", Host.NationalTeam(), new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Acme Learning Trust" });
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}

/// <summary>Sign-in resolution, invitations, members, me, export and erase on the SQLite store.</summary>
public sealed class PeopleApiOnSqlite(SqliteImprovementService service) : PeopleApiContract<SqliteImprovementService>(service);

/// <summary>Sign-in resolution, invitations, members, me, export and erase on the PostgreSQL store.</summary>
public sealed class PeopleApiOnPostgres(PostgresImprovementService service) : PeopleApiContract<PostgresImprovementService>(service);
