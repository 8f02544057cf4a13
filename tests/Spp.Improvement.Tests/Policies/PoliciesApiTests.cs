using System.Net;
using System.Text.Json;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Policies;

/// <summary>The tenant's deadline policy and term calendar over HTTP: members read, tenant admins change with If-Match.</summary>
public sealed class PoliciesApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private static readonly object ValidPolicy = new
    {
        selfReviewDaysBeforeVisit = 21,
        reviewPlanDaysBeforeVisit = 10,
        findingsDaysAfterVisit = 3,
        workshopDaysAfterFindings = 28,
        actionPlanDaysAfterWorkshop = 7,
        impactReadingsPerTerm = 1,
    };

    private ImprovementHost Host => service.Host;

    private string Admin(Guid tenant) => Host.Tokens.Issue(Guid.CreateVersion7().ToString(), tenant, [PlatformRoles.TenantAdmin]);

    private string Member(Guid tenant) => Host.Tokens.Issue(Guid.CreateVersion7().ToString(), tenant, [PlatformRoles.SchoolMember(100_001)]);

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();

    [Fact]
    public async Task A_member_reads_the_default_deadlines_and_terms_with_their_ETag()
    {
        var tenant = Guid.CreateVersion7();

        using var deadlines = await Host.SendAsync(HttpMethod.Get, "api/v1/policies/deadlines", Member(tenant));
        using var terms = await Host.SendAsync(HttpMethod.Get, "api/v1/policies/terms", Member(tenant));

        Assert.Equal(HttpStatusCode.OK, deadlines.StatusCode);
        var body = await BodyAsync(deadlines);
        Assert.True(body.GetProperty("isDefault").GetBoolean());
        Assert.Equal(14, body.GetProperty("policy").GetProperty("selfReviewDaysBeforeVisit").GetInt32());
        Assert.Equal("\"0\"", deadlines.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, terms.StatusCode);
        Assert.NotEqual(0, (await BodyAsync(terms)).GetProperty("terms").GetArrayLength());
    }

    [Fact]
    public async Task A_tenant_admin_changes_the_deadlines_and_the_tenant_reads_them()
    {
        var tenant = Guid.CreateVersion7();

        using var put = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/deadlines", Admin(tenant), ValidPolicy, ifMatch: "\"0\"");
        using var get = await Host.SendAsync(HttpMethod.Get, "api/v1/policies/deadlines", Member(tenant));
        using var otherTenant = await Host.SendAsync(HttpMethod.Get, "api/v1/policies/deadlines", Member(Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("\"1\"", put.Headers.ETag?.ToString());
        Assert.Equal(28, (await BodyAsync(get)).GetProperty("policy").GetProperty("workshopDaysAfterFindings").GetInt32());
        Assert.True((await BodyAsync(otherTenant)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Changing_policies_is_403_for_members_428_without_If_Match_412_when_stale_and_401_without_a_token()
    {
        var tenant = Guid.CreateVersion7();
        using var first = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/deadlines", Admin(tenant), ValidPolicy, ifMatch: "\"0\"");

        using var member = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/deadlines", Member(tenant), ValidPolicy, ifMatch: "\"1\"");
        using var noIfMatch = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/terms", Admin(tenant), new { terms = Array.Empty<object>() });
        using var stale = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/deadlines", Admin(tenant), ValidPolicy, ifMatch: "\"0\"");
        using var anonymous = await Host.SendAsync(HttpMethod.Get, "api/v1/policies/terms", token: null);

        await Problems.AssertProblemAsync(member, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", stale.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Invalid_policies_and_calendars_are_400_per_field()
    {
        var tenant = Guid.CreateVersion7();

        using var missing = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/deadlines", Admin(tenant), new { selfReviewDaysBeforeVisit = 500 }, ifMatch: "\"0\"");
        using var overlapping = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/terms", Admin(tenant), new
        {
            terms = new[]
            {
                new { name = "Autumn", starts = new DateOnly(2026, 9, 1), ends = new DateOnly(2026, 12, 31) },
                new { name = "Spring", starts = new DateOnly(2026, 12, 1), ends = new DateOnly(2027, 3, 31) },
            },
        }, ifMatch: "\"0\"");

        var errors = (await Problems.AssertProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("selfReviewDaysBeforeVisit", out _) && errors.TryGetProperty("workshopDaysAfterFindings", out _));
        Assert.True((await Problems.AssertProblemAsync(overlapping, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("terms[1].starts", out _));
    }

    [Fact]
    public async Task A_tenant_admin_replaces_the_term_calendar()
    {
        var tenant = Guid.CreateVersion7();

        using var put = await Host.SendAsync(HttpMethod.Put, "api/v1/policies/terms", Admin(tenant), new
        {
            terms = new[] { new { name = "Autumn 1", starts = new DateOnly(2026, 9, 3), ends = new DateOnly(2026, 10, 23) } },
        }, ifMatch: "\"0\"");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await BodyAsync(put);
        Assert.False(body.GetProperty("isDefault").GetBoolean());
        Assert.Equal("Autumn 1", body.GetProperty("terms")[0].GetProperty("name").GetString());
    }
}
