using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Tests.Rounds;

/// <summary>The facilitator's rota against the hard rules (refused) and the soft ones (warnings).</summary>
public sealed class RotaRulesTests
{
    private static readonly Guid HeadA = Guid.NewGuid();
    private static readonly Guid HeadB = Guid.NewGuid();
    private static readonly Guid HeadC = Guid.NewGuid();
    private static readonly Guid SeniorC = Guid.NewGuid();
    private static readonly Guid TeacherC = Guid.NewGuid();

    private static readonly List<PartnerSchool> Schools =
    [
        new(100001, [new StaffMemberView(HeadA, SchoolRole.Headteacher)]),
        new(100002, [new StaffMemberView(HeadB, SchoolRole.Headteacher)]),
        new(100003, [new StaffMemberView(HeadC, SchoolRole.Headteacher), new StaffMemberView(SeniorC, SchoolRole.SeniorLeader), new StaffMemberView(TeacherC, SchoolRole.Staff)]),
    ];

    private static readonly int[] Urns = [100001, 100002, 100003];

    [Fact]
    public void A_reviewer_from_the_reviewed_school_is_refused()
    {
        var rota = new List<RotaEntry> { new(100001, new ReviewerView(HeadA, 100001), []) };

        var refused = Assert.Throws<RuleViolationException>(() => RotaRules.EnsureHardRules(rota, Schools));

        Assert.Equal("reviewer-from-own-school", refused.Rule);
    }

    [Fact]
    public void A_reviewer_named_with_another_school_is_still_refused_for_their_own_school()
    {
        var rota = new List<RotaEntry> { new(100001, new ReviewerView(HeadA, 100002), []) };

        var refused = Assert.Throws<RuleViolationException>(() => RotaRules.EnsureHardRules(rota, Schools));

        Assert.Equal("reviewer-from-own-school", refused.Rule);
    }

    [Fact]
    public void A_reviewer_who_is_not_a_leader_of_the_partner_school_named_is_refused()
    {
        Assert.Equal("reviewer-not-partner-staff", Assert.Throws<RuleViolationException>(() =>
            RotaRules.EnsureHardRules([new(100001, new ReviewerView(HeadB, 100003), [])], Schools)).Rule);
        Assert.Equal("reviewer-not-partner-staff", Assert.Throws<RuleViolationException>(() =>
            RotaRules.EnsureHardRules([new(100001, new ReviewerView(TeacherC, 100003), [])], Schools)).Rule);
        Assert.Equal("reviewer-not-partner-staff", Assert.Throws<RuleViolationException>(() =>
            RotaRules.EnsureHardRules([new(100001, new ReviewerView(Guid.NewGuid(), 100009), [])], Schools)).Rule);
    }

    [Fact]
    public void A_school_outside_the_partnership_cannot_be_in_the_rota()
    {
        var refused = Assert.Throws<RuleViolationException>(() => RotaRules.EnsureHardRules([new(100009, new ReviewerView(HeadA, 100001), [])], Schools));

        Assert.Equal("rota-school-not-member", refused.Rule);
    }

    [Fact]
    public void A_person_cannot_be_on_the_same_team_twice()
    {
        var refused = Assert.Throws<RuleViolationException>(() =>
            RotaRules.EnsureHardRules([new(100001, new ReviewerView(HeadC, 100003), [new ReviewerView(HeadC, 100003)])], Schools));

        Assert.Equal("reviewer-listed-twice", refused.Rule);
    }

    [Fact]
    public void A_senior_leader_of_a_partner_school_may_review()
    {
        RotaRules.EnsureHardRules([new(100001, new ReviewerView(SeniorC, 100003), [new ReviewerView(HeadB, 100002)])], Schools);
    }

    [Fact]
    public void Two_schools_reviewing_each_other_is_a_reciprocal_review_warning()
    {
        List<RotaEntry> rota =
        [
            new(100001, new ReviewerView(HeadB, 100002), []),
            new(100002, new ReviewerView(HeadA, 100001), []),
            new(100003, new ReviewerView(HeadA, 100001), []),
        ];

        var warnings = RotaRules.Warnings(rota, Urns);

        Assert.Contains(warnings, w => w.Rule == "reciprocal-review" && w.Message.Contains("100001", StringComparison.Ordinal) && w.Message.Contains("100002", StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_that_reviews_no_one_while_another_reviews_two_is_uneven_load()
    {
        List<RotaEntry> rota =
        [
            new(100001, new ReviewerView(HeadC, 100003), []),
            new(100002, new ReviewerView(SeniorC, 100003), []),
            new(100003, new ReviewerView(HeadB, 100002), []),
        ];

        var warnings = RotaRules.Warnings(rota, Urns);

        Assert.Contains(warnings, w => w.Rule == "uneven-load" && w.Message.Contains("100003 reviews 2", StringComparison.Ordinal) && w.Message.Contains("100001 reviews 0", StringComparison.Ordinal));
    }

    [Fact]
    public void One_person_on_three_teams_while_another_is_on_one_is_uneven_load()
    {
        List<RotaEntry> rota =
        [
            new(100001, new ReviewerView(HeadC, 100003), []),
            new(100002, new ReviewerView(HeadC, 100003), []),
            new(100003, new ReviewerView(HeadA, 100001), []),
            new(100004, new ReviewerView(HeadC, 100003), []),
        ];

        var warnings = RotaRules.Warnings(rota, [100001, 100002, 100003, 100004]);

        Assert.Contains(warnings, w => w.Rule == "uneven-load" && w.Message.Contains(HeadC.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_circle_of_reviews_has_no_warnings()
    {
        List<RotaEntry> rota =
        [
            new(100001, new ReviewerView(HeadB, 100002), []),
            new(100002, new ReviewerView(HeadC, 100003), []),
            new(100003, new ReviewerView(HeadA, 100001), []),
        ];

        Assert.Empty(RotaRules.Warnings(rota, Urns));
    }
}
