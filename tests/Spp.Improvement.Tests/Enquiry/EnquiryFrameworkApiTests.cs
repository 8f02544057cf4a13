using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spp.Contracts.Enquiry;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Improvement.Enquiry;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Enquiry;

/// <summary>The enquiry framework routes over HTTP, with the internal tokens the gateway would forward.</summary>
public sealed class EnquiryFrameworkApiTests(SqliteImprovementService service) : IClassFixture<SqliteImprovementService>
{
    private const string Framework = "api/v1/enquiry-framework";
    private const string Questions = Framework + "/questions";
    private const string ProblemBase = "https://spp-platform.org/problems/";
    private const string NewText = "To what extent do pupils explain clearly how feedback helps them improve?";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ImprovementHost Host => service.Host;

    private string Admin(Guid tenant) => Host.Tokens.Issue(Guid.NewGuid().ToString(), tenant, [PlatformRoles.TenantAdmin]);

    private string Member(Guid tenant) => Host.Tokens.Issue(Guid.NewGuid().ToString(), tenant, [PlatformRoles.SchoolMember(100001)]);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    private async Task<EnquiryQuestionView> AddAsync(Guid tenant, string text = NewText, string? key = null)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Questions, Admin(tenant), new { theme = "LookingInward", text }, idempotencyKey: key);
        return await ReadAsync<EnquiryQuestionView>(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Any_member_reads_the_starter_framework_by_theme_with_its_ETag()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Framework, Member(Guid.NewGuid()));

        var bank = await ReadAsync<EnquiryBankView>(response, HttpStatusCode.OK);
        Assert.Equal(Enum.GetValues<EnquiryTheme>(), bank.Themes.Select(t => t.Theme));
        Assert.All(bank.Themes, t => Assert.InRange(t.Questions.Count, 4, 6));
        Assert.Equal(bank.ETag, response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_question_is_read_with_its_versions()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Questions}/looking-outward-2", Member(Guid.NewGuid()));

        var question = await ReadAsync<EnquiryQuestionView>(response, HttpStatusCode.OK);
        Assert.Equal(("looking-outward-2", EnquiryTheme.LookingOutward, true), (question.Id, question.Theme, question.FromStarterBank));
        Assert.Single(question.Versions);
    }

    [Theory]
    [InlineData("no-such-question")]
    [InlineData("NOT_AN_ID")]
    public async Task An_unknown_or_malformed_question_is_404(string id)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Questions}/{id}", Member(Guid.NewGuid()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tenant_admin_adds_a_question_and_a_retry_with_the_same_Idempotency_Key_returns_it()
    {
        var tenant = Guid.NewGuid();
        var admin = Admin(tenant);
        var key = Guid.NewGuid().ToString();

        using var first = await Host.SendAsync(HttpMethod.Post, Questions, admin, new { theme = "LookingInward", text = NewText }, idempotencyKey: key);
        using var retry = await Host.SendAsync(HttpMethod.Post, Questions, admin, new { theme = "LookingInward", text = NewText }, idempotencyKey: key);

        var created = await ReadAsync<EnquiryQuestionView>(first, HttpStatusCode.Created);
        var retried = await ReadAsync<EnquiryQuestionView>(retry, HttpStatusCode.Created);
        Assert.Equal((created.Id, created.ETag), (retried.Id, retried.ETag));
        Assert.Equal($"/{Questions}/{created.Id}", first.Headers.Location?.OriginalString);
        Assert.Equal(created.ETag, first.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_question_added_in_one_tenant_is_404_in_another()
    {
        var added = await AddAsync(Guid.NewGuid());

        using var response = await Host.SendAsync(HttpMethod.Get, $"{Questions}/{added.Id}", Admin(Guid.NewGuid()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_tenants_admin_cannot_reword_retire_or_restore_a_question_added_elsewhere()
    {
        var added = await AddAsync(Guid.NewGuid());
        var stranger = Admin(Guid.NewGuid());

        using var reword = await Host.SendAsync(HttpMethod.Patch, $"{Questions}/{added.Id}", stranger, new { text = NewText.Replace("clearly", "simply", StringComparison.Ordinal) }, ifMatch: "\"0\"");
        using var retire = await Host.SendAsync(HttpMethod.Post, $"{Questions}/{added.Id}/retire", stranger, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(reword, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(retire, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rewording_needs_If_Match_and_makes_a_new_version()
    {
        var tenant = Guid.NewGuid();
        var added = await AddAsync(tenant);
        var text = "To what extent do pupils use feedback to improve their next piece of work?";

        using var missing = await Host.SendAsync(HttpMethod.Patch, $"{Questions}/{added.Id}", Admin(tenant), new { text });
        using var reworded = await Host.SendAsync(HttpMethod.Patch, $"{Questions}/{added.Id}", Admin(tenant), new { text }, ifMatch: added.ETag);

        await Problems.AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        var question = await ReadAsync<EnquiryQuestionView>(reworded, HttpStatusCode.OK);
        Assert.Equal((2, text), (question.Version, question.Text));
        Assert.Equal(question.ETag, reworded.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_with_the_current_ETag()
    {
        var tenant = Guid.NewGuid();
        var added = await AddAsync(tenant);

        using var response = await Host.SendAsync(HttpMethod.Post, $"{Questions}/our-impact-1/retire", Admin(tenant), ifMatch: "\"0\"");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(ProblemBase + "precondition-failed", problem.GetProperty("type").GetString());
        Assert.Equal(added.ETag, response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Retiring_twice_is_409_naming_the_state_and_restore_brings_it_back()
    {
        var tenant = Guid.NewGuid();
        using var retired = await Host.SendAsync(HttpMethod.Post, $"{Questions}/our-impact-4/retire", Admin(tenant), ifMatch: "\"0\"");
        var question = await ReadAsync<EnquiryQuestionView>(retired, HttpStatusCode.OK);

        using var again = await Host.SendAsync(HttpMethod.Post, $"{Questions}/our-impact-4/retire", Admin(tenant), ifMatch: question.ETag);
        using var restored = await Host.SendAsync(HttpMethod.Post, $"{Questions}/our-impact-4/restore", Admin(tenant), ifMatch: question.ETag);

        var conflict = await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("Retired", conflict.GetProperty("from").GetString());
        Assert.False((await ReadAsync<EnquiryQuestionView>(restored, HttpStatusCode.OK)).IsRetired);
    }

    [Fact]
    public async Task Retired_questions_are_listed_only_when_asked_for()
    {
        var tenant = Guid.NewGuid();
        using var retired = await Host.SendAsync(HttpMethod.Post, $"{Questions}/looking-forward-5/retire", Admin(tenant), ifMatch: "\"0\"");
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);

        using var current = await Host.SendAsync(HttpMethod.Get, Framework, Member(tenant));
        using var all = await Host.SendAsync(HttpMethod.Get, Framework + "?includeRetired=true", Member(tenant));

        Assert.DoesNotContain((await ReadAsync<EnquiryBankView>(current, HttpStatusCode.OK)).Themes.SelectMany(t => t.Questions), q => q.Id == "looking-forward-5");
        Assert.Contains((await ReadAsync<EnquiryBankView>(all, HttpStatusCode.OK)).Themes.SelectMany(t => t.Questions), q => q.Id == "looking-forward-5" && q.IsRetired);
    }

    [Fact]
    public async Task A_bad_theme_or_wording_is_400_with_an_error_for_each_field()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Questions, Admin(Guid.NewGuid()), new { theme = "Sideways", text = "Is the school good?" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("theme", out _));
        Assert.True(errors.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Asking_a_question_the_theme_already_asks_is_422_naming_the_rule()
    {
        var tenant = Guid.NewGuid();
        await AddAsync(tenant);

        using var response = await Host.SendAsync(HttpMethod.Post, Questions, Admin(tenant), new { theme = "LookingInward", text = NewText });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ProblemBase + "enquiry-question-duplicate", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("POST", Questions)]
    [InlineData("PATCH", Questions + "/our-impact-1")]
    [InlineData("POST", Questions + "/our-impact-1/retire")]
    [InlineData("POST", Questions + "/our-impact-1/restore")]
    public async Task A_member_who_is_not_a_tenant_admin_may_not_change_the_framework(string method, string path)
    {
        var tenant = Guid.NewGuid();
        var facilitator = Host.Tokens.Issue(Guid.NewGuid().ToString(), tenant, [PlatformRoles.Facilitator, PlatformRoles.SchoolMember(100002)]);

        using var response = await Host.SendAsync(new HttpMethod(method), path, facilitator, new { theme = "OurImpact", text = NewText }, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        using var bank = await Host.SendAsync(HttpMethod.Get, Framework, Member(tenant));
        Assert.Equal("\"0\"", bank.Headers.ETag?.ToString());
    }

    [Theory]
    [InlineData("GET", Framework)]
    [InlineData("GET", Questions + "/our-impact-1")]
    [InlineData("POST", Questions)]
    [InlineData("PATCH", Questions + "/our-impact-1")]
    [InlineData("POST", Questions + "/our-impact-1/retire")]
    public async Task Without_a_token_every_route_is_401(string method, string path)
    {
        using var response = await Host.SendAsync(new HttpMethod(method), path, token: null, method == "GET" ? null : new { text = NewText }, ifMatch: "\"0\"");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_in_person_outside_any_tenant_is_refused()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Framework, Host.Tokens.Issue(Guid.NewGuid().ToString(), null, [PlatformRoles.NationalTeam]));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
