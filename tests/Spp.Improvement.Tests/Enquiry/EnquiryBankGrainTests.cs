using Spp.Contracts.Enquiry;
using Spp.Grains;
using Spp.Improvement.Enquiry;
using Spp.Improvement.Tests.Enquiry.Support;

namespace Spp.Improvement.Tests.Enquiry;

/// <summary>The enquiry bank's rules, called through the grain factory of a host over SQLite.</summary>
public sealed class EnquiryBankGrainTests(DomainHost host) : IClassFixture<DomainHost>
{
    private const string NewQuestion = "To what extent do pupils talk confidently about how they learn best?";

    private static readonly Guid Admin = Guid.CreateVersion7();

    private IEnquiryBankGrain Bank(Guid tenantId) => host.Grains.GetGrain<IEnquiryBankGrain>(tenantId);

    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_new_tenant_reads_the_starter_bank_with_four_to_six_questions_in_every_theme_without_a_write()
    {
        var bank = await Bank(Guid.CreateVersion7()).Get(includeRetired: false);

        Assert.Equal(Enum.GetValues<EnquiryTheme>(), bank.Themes.Select(t => t.Theme));
        Assert.All(bank.Themes, t => Assert.InRange(t.Questions.Count, 4, 6));
        Assert.All(bank.Themes.SelectMany(t => t.Questions), q =>
        {
            Assert.StartsWith("To what extent ", q.Text, StringComparison.Ordinal);
            Assert.Equal(1, q.Version);
            Assert.False(q.IsRetired);
        });
        Assert.Equal("\"0\"", bank.ETag);
    }

    [Fact]
    public async Task Starter_questions_have_stable_unique_ids_and_pass_the_rules_tenants_must_follow()
    {
        var questions = StarterEnquiryBank.Create();

        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(questions, q =>
        {
            Assert.True(EnquiryQuestionRules.IsQuestionId(q.Id), q.Id);
            Assert.Null(EnquiryQuestionRules.TextProblem(q.Wordings[0].Text));
        });
        Assert.Equal("our-impact-1", (await Bank(Guid.CreateVersion7()).Find("our-impact-1", 1))?.QuestionId);
    }

    [Fact]
    public async Task Adding_a_question_stores_the_bank_at_version_1_and_raises_EnquiryQuestionAdded()
    {
        var tenant = Guid.CreateVersion7();
        var id = NewId();

        var added = await Bank(tenant).Add(id, EnquiryTheme.LookingInward, NewQuestion, Admin);

        Assert.Equal((id, EnquiryTheme.LookingInward, 1, NewQuestion, false, "\"1\""), (added.Id, added.Theme, added.Version, added.Text, added.FromStarterBank, added.ETag));
        var version = Assert.Single(added.Versions);
        Assert.Equal(Admin, version.By);
        var bank = await Bank(tenant).Get(includeRetired: false);
        Assert.Contains(bank.Themes.Single(t => t.Theme == EnquiryTheme.LookingInward).Questions, q => q.Id == id);
        Assert.Equal(20, bank.Themes.Sum(t => t.Questions.Count) - 1);
        var events = await host.EventsOfAsync("enquiry-bank", tenant);
        var raised = Assert.Single(events);
        Assert.Equal((nameof(EnquiryQuestionAdded), (Guid?)tenant), (raised.Type, raised.TenantId));
        Assert.DoesNotContain("pupils talk", raised.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_the_same_question_again_returns_it_unchanged_without_a_second_event()
    {
        var tenant = Guid.CreateVersion7();
        var id = NewId();
        var first = await Bank(tenant).Add(id, EnquiryTheme.OurImpact, NewQuestion, Admin);

        var again = await Bank(tenant).Add(id, EnquiryTheme.OurImpact, NewQuestion, Admin);

        Assert.Equal(first.ETag, again.ETag);
        Assert.Single(await host.EventsOfAsync("enquiry-bank", tenant));
    }

    [Fact]
    public async Task Adding_another_question_under_an_existing_id_breaks_the_enquiry_question_exists_rule()
    {
        var tenant = Guid.CreateVersion7();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Bank(tenant).Add("our-impact-1", EnquiryTheme.OurImpact, NewQuestion, Admin));

        Assert.Equal("enquiry-question-exists", error.Rule);
    }

    [Fact]
    public async Task A_theme_cannot_ask_the_same_question_twice()
    {
        var tenant = Guid.CreateVersion7();
        var starter = (await Bank(tenant).Find("looking-inward-1", 1))!;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Bank(tenant).Add(NewId(), EnquiryTheme.LookingInward, starter.Text.ToUpperInvariant().Replace("TO WHAT EXTENT ", "To what extent ", StringComparison.Ordinal), Admin));

        Assert.Equal("enquiry-question-duplicate", error.Rule);
    }

    [Fact]
    public async Task A_question_that_is_not_a_to_what_extent_question_is_refused()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Bank(Guid.CreateVersion7()).Add(NewId(), EnquiryTheme.OurImpact, "Is teaching good?", Admin));

        Assert.Equal("enquiry-question-invalid", error.Rule);
    }

    [Fact]
    public async Task A_theme_offers_at_most_thirty_active_questions()
    {
        var tenant = Guid.CreateVersion7();
        var starters = (await Bank(tenant).Get(includeRetired: false)).Themes.Single(t => t.Theme == EnquiryTheme.LookingOutward).Questions.Count;
        for (var i = starters; i < EnquiryQuestionRules.MaxActivePerTheme; i++)
        {
            await Bank(tenant).Add(NewId(), EnquiryTheme.LookingOutward, $"To what extent does partnership activity number {i} help?", Admin);
        }

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Bank(tenant).Add(NewId(), EnquiryTheme.LookingOutward, NewQuestion, Admin));

        Assert.Equal("enquiry-theme-full", error.Rule);
    }

    [Fact]
    public async Task Rewording_makes_a_new_version_and_old_cycles_still_find_the_wording_they_asked()
    {
        var tenant = Guid.CreateVersion7();
        var original = (await Bank(tenant).Find("looking-forward-2", 1))!;
        var etag = (await Bank(tenant).Get(includeRetired: false)).ETag;

        var reworded = await Bank(tenant).Reword("looking-forward-2", NewQuestion, Admin, etag);

        Assert.Equal((2, NewQuestion), (reworded.Version, reworded.Text));
        Assert.Equal([1, 2], reworded.Versions.Select(v => v.Version));
        Assert.Equal(original, await Bank(tenant).Find("looking-forward-2", 1));
        Assert.Equal(NewQuestion, (await Bank(tenant).Find("looking-forward-2", 2))?.Text);
        Assert.Null(await Bank(tenant).Find("looking-forward-2", 3));
        var raised = Assert.Single(await host.EventsOfAsync("enquiry-bank", tenant));
        Assert.Equal(nameof(EnquiryQuestionReworded), raised.Type);
    }

    [Fact]
    public async Task Rewording_with_a_stale_ETag_is_refused_with_the_current_one()
    {
        var tenant = Guid.CreateVersion7();
        await Bank(tenant).Add(NewId(), EnquiryTheme.OurImpact, NewQuestion, Admin);

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => Bank(tenant).Reword("our-impact-2", NewQuestion + " Really?", Admin, "\"0\""));

        Assert.Equal("\"1\"", error.CurrentETag);
    }

    [Fact]
    public async Task Retiring_hides_a_question_from_the_current_bank_but_keeps_it_readable_and_restorable()
    {
        var tenant = Guid.CreateVersion7();

        var retired = await Bank(tenant).Retire("our-impact-3", Admin, "\"0\"");

        Assert.True(retired.IsRetired);
        Assert.Equal(Admin, retired.RetiredBy);
        Assert.DoesNotContain((await Bank(tenant).Get(includeRetired: false)).Themes.SelectMany(t => t.Questions), q => q.Id == "our-impact-3");
        Assert.Contains((await Bank(tenant).Get(includeRetired: true)).Themes.SelectMany(t => t.Questions), q => q.Id == "our-impact-3" && q.IsRetired);
        Assert.NotNull(await Bank(tenant).Find("our-impact-3", 1));

        var restored = await Bank(tenant).Restore("our-impact-3", retired.ETag);

        Assert.False(restored.IsRetired);
        Assert.Null(restored.RetiredBy);
        Assert.Equal([nameof(EnquiryQuestionRetired), nameof(EnquiryQuestionRestored)], (await host.EventsOfAsync("enquiry-bank", tenant)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_retired_question_cannot_be_retired_again_or_reworded()
    {
        var tenant = Guid.CreateVersion7();
        var retired = await Bank(tenant).Retire("looking-inward-4", Admin, null);

        var again = await Assert.ThrowsAsync<InvalidTransitionException>(() => Bank(tenant).Retire("looking-inward-4", Admin, retired.ETag));
        var reword = await Assert.ThrowsAsync<InvalidTransitionException>(() => Bank(tenant).Reword("looking-inward-4", NewQuestion, Admin, retired.ETag));

        Assert.Equal(("Retired", "Retired"), (again.From, reword.From));
    }

    [Fact]
    public async Task An_active_question_cannot_be_restored()
    {
        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Bank(Guid.CreateVersion7()).Restore("looking-inward-4", null));

        Assert.Equal("Active", error.From);
    }

    [Fact]
    public async Task An_unknown_question_is_not_found()
    {
        var bank = Bank(Guid.CreateVersion7());

        await Assert.ThrowsAsync<GrainNotFoundException>(() => bank.GetQuestion("no-such-question"));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => bank.Retire("no-such-question", Admin, null));
        Assert.Null(await bank.Find("no-such-question", 1));
    }

    [Fact]
    public async Task Banks_of_different_tenants_are_independent()
    {
        var changed = Guid.CreateVersion7();
        await Bank(changed).Retire("our-impact-1", Admin, null);

        var other = await Bank(Guid.CreateVersion7()).GetQuestion("our-impact-1");

        Assert.False(other.IsRetired);
    }
}
