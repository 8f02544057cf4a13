using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Contracts.Retention;
using Spp.Gateway.Tests.Support;
using Spp.Grains;
using Spp.Improvement.Retention;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Retention;

/// <summary>The tenant retention policy: its grain rules and its routes over HTTP.</summary>
public sealed class RetentionPolicyTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string Route = "api/v1/policies/retention";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ImprovementHost Host => service.Host;

    private IRetentionPolicyGrain Policy(Guid tenant) => Host.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionPolicyGrain>(tenant);

    private string Admin(Guid tenant) => Host.Tokens.Issue(Guid.NewGuid().ToString(), tenant, [PlatformRoles.TenantAdmin]);

    private static async Task<RetentionPolicyView> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var policy = JsonSerializer.Deserialize<RetentionPolicyView>(text, Json)!;
        Assert.Equal(policy.ETag, response.Headers.ETag?.ToString());
        return policy;
    }

    [Fact]
    public async Task A_tenant_that_never_set_a_policy_keeps_evidence_36_months_after_close()
    {
        var policy = await Policy(Guid.NewGuid()).Get();

        Assert.Equal((36, true, "\"0\""), (policy.EvidenceMonths, policy.IsDefault, policy.ETag));
        Assert.Equal(new DateOnly(2030, 7, 31), policy.EvidencePurgeDueOn(new DateOnly(2027, 7, 31)));
    }

    [Fact]
    public async Task Changing_the_months_records_who_and_raises_RetentionPolicyChanged_once()
    {
        var tenant = Guid.NewGuid();
        var admin = Guid.NewGuid();

        var changed = await Policy(tenant).SetEvidenceMonths(24, admin, "\"0\"");
        var again = await Policy(tenant).SetEvidenceMonths(24, admin, changed.ETag);

        Assert.Equal((24, false, (Guid?)admin, "\"1\""), (changed.EvidenceMonths, changed.IsDefault, changed.ChangedBy, changed.ETag));
        Assert.Equal(changed.ETag, again.ETag);
        var log = await Host.App.Services.GetRequiredService<Spp.Grains.Hosting.Storage.IOutboxStore>().ReadLogAsync(0, 10_000, TestContext.Current.CancellationToken);
        var raised = Assert.Single(log, m => m.GrainType == "retention-policy" && m.GrainKey == tenant.ToString());
        Assert.Contains(nameof(RetentionPolicyChanged), raised.Entry.MessageType, StringComparison.Ordinal);
        Assert.Equal(tenant, raised.Entry.TenantId);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(121)]
    public async Task Months_outside_one_to_ten_years_break_the_retention_months_rule(int months)
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Policy(Guid.NewGuid()).SetEvidenceMonths(months, Guid.NewGuid(), null));

        Assert.Equal("retention-months-out-of-range", error.Rule);
    }

    [Fact]
    public async Task A_tenant_admin_reads_and_changes_the_policy_with_If_Match()
    {
        var tenant = Guid.NewGuid();

        using var read = await Host.SendAsync(HttpMethod.Get, Route, Admin(tenant));
        var policy = await ReadAsync(read, HttpStatusCode.OK);
        using var put = await Host.SendAsync(HttpMethod.Put, Route, Admin(tenant), new { evidenceMonths = 48 }, ifMatch: policy.ETag);

        Assert.Equal(48, (await ReadAsync(put, HttpStatusCode.OK)).EvidenceMonths);
    }

    [Fact]
    public async Task Without_If_Match_a_change_is_428_and_with_a_stale_one_412_with_the_current_ETag()
    {
        var tenant = Guid.NewGuid();
        var current = await Policy(tenant).SetEvidenceMonths(60, Guid.NewGuid(), null);

        using var missing = await Host.SendAsync(HttpMethod.Put, Route, Admin(tenant), new { evidenceMonths = 48 });
        using var stale = await Host.SendAsync(HttpMethod.Put, Route, Admin(tenant), new { evidenceMonths = 48 }, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(current.ETag, stale.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Months_out_of_range_or_missing_are_400_on_the_field()
    {
        using var response = await Host.SendAsync(HttpMethod.Put, Route, Admin(Guid.NewGuid()), new { evidenceMonths = 3 }, ifMatch: "\"0\"");
        using var absent = await Host.SendAsync(HttpMethod.Put, Route, Admin(Guid.NewGuid()), new { }, ifMatch: "\"0\"");

        Assert.True((await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("evidenceMonths", out _));
        Assert.True((await Problems.AssertProblemAsync(absent, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("evidenceMonths", out _));
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_policy()
    {
        var tenant = Guid.NewGuid();
        await Policy(tenant).SetEvidenceMonths(18, Guid.NewGuid(), null);

        using var other = await Host.SendAsync(HttpMethod.Get, Route, Admin(Guid.NewGuid()));

        Assert.Equal(36, (await ReadAsync(other, HttpStatusCode.OK)).EvidenceMonths);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task A_member_who_is_not_a_tenant_admin_is_403(string method)
    {
        var facilitator = Host.Tokens.Issue(Guid.NewGuid().ToString(), Guid.NewGuid(), [PlatformRoles.Facilitator]);

        using var response = await Host.SendAsync(new HttpMethod(method), Route, facilitator, method == "PUT" ? new { evidenceMonths = 48 } : null, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Without_a_token_it_is_401(string method)
    {
        using var response = await Host.SendAsync(new HttpMethod(method), Route, token: null, method == "PUT" ? new { evidenceMonths = 48 } : null, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
