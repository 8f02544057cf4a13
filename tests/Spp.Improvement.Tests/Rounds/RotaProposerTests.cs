using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Tests.Rounds;

/// <summary>The proposed rota, checked as properties over many generated partnerships of 3–7 schools.</summary>
public sealed class RotaProposerTests
{
    public static TheoryData<int, int> Partnerships()
    {
        var data = new TheoryData<int, int>();
        for (var schools = 3; schools <= 7; schools++)
        {
            for (var seed = 0; seed < 40; seed++)
            {
                data.Add(schools, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Partnerships))]
    public void Every_school_is_reviewed_by_a_lead_from_another_school_and_reviews_one_in_turn(int count, int seed)
    {
        var schools = GenerateSchools(count, seed, minLeaders: 1);

        var rota = RotaProposer.Propose(schools, extraReviewers: seed % 3);

        Assert.Equal(schools.Select(s => s.Urn).Order(), rota.Select(e => e.Urn));
        Assert.All(rota, entry => Assert.NotNull(entry.LeadReviewer));
        var reviewing = rota.SelectMany(e => RotaRules.Members(e).Select(m => m.Urn)).ToHashSet();
        Assert.Equal(schools.Select(s => s.Urn).Order(), reviewing.Order());
    }

    [Theory]
    [MemberData(nameof(Partnerships))]
    public void A_proposal_keeps_every_hard_rule(int count, int seed)
    {
        var schools = GenerateSchools(count, seed, minLeaders: 0);

        var rota = RotaProposer.Propose(schools, extraReviewers: seed % 4);

        RotaRules.EnsureHardRules(rota, schools);
        Assert.All(rota, entry => Assert.DoesNotContain(RotaRules.Members(entry), m => m.Urn == entry.Urn));
    }

    [Theory]
    [MemberData(nameof(Partnerships))]
    public void No_two_schools_review_each_other(int count, int seed)
    {
        var schools = GenerateSchools(count, seed, minLeaders: 1);

        var rota = RotaProposer.Propose(schools, extraReviewers: seed % 3);

        var pairs = rota.SelectMany(e => RotaRules.Members(e).Select(m => (Reviewer: m.Urn, Reviewed: e.Urn))).ToHashSet();
        Assert.DoesNotContain(pairs, p => pairs.Contains((p.Reviewed, p.Reviewer)));
        Assert.DoesNotContain(RotaRules.Warnings(rota, [.. schools.Select(s => s.Urn)]), w => w.Rule == RotaRules.ReciprocalReview);
    }

    [Theory]
    [MemberData(nameof(Partnerships))]
    public void With_leaders_enough_every_team_is_full_and_nobody_reviews_twice(int count, int seed)
    {
        var extra = seed % 3;
        var schools = GenerateSchools(count, seed, minLeaders: 1 + extra);

        var rota = RotaProposer.Propose(schools, extra);

        Assert.All(rota, entry => Assert.Equal(extra, entry.Reviewers.Count));
        var load = rota.SelectMany(RotaRules.Members).GroupBy(m => m.PersonId).Select(g => g.Count());
        Assert.All(load, n => Assert.Equal(1, n));
        Assert.Empty(RotaRules.Warnings(rota, [.. schools.Select(s => s.Urn)]));
    }

    [Theory]
    [MemberData(nameof(Partnerships))]
    public void The_same_schools_in_any_order_give_the_same_rota(int count, int seed)
    {
        var schools = GenerateSchools(count, seed, minLeaders: 0);
        var shuffled = schools
            .Select(s => s with { Staff = [.. s.Staff.OrderBy(_ => Random.Shared.Next())] })
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        var first = RotaProposer.Propose(schools, extraReviewers: 1);
        var second = RotaProposer.Propose(shuffled, extraReviewers: 1);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void A_headteacher_leads_before_a_senior_leader_of_the_same_school()
    {
        var head = Guid.NewGuid();
        var senior = Guid.NewGuid();
        var schools = new List<PartnerSchool>
        {
            new(100001, [Leader(SchoolRole.Headteacher)]),
            new(100002, [new StaffMemberView(senior, SchoolRole.SeniorLeader), new StaffMemberView(head, SchoolRole.Headteacher)]),
            new(100003, [Leader(SchoolRole.Headteacher)]),
        };

        var rota = RotaProposer.Propose(schools, extraReviewers: 1);

        var first = rota.Single(e => e.Urn == 100001);
        Assert.Equal(new ReviewerView(head, 100002), first.LeadReviewer);
        Assert.Equal([new ReviewerView(senior, 100002)], first.Reviewers);
    }

    [Fact]
    public void Staff_who_are_not_leaders_are_never_proposed()
    {
        var schools = new List<PartnerSchool>
        {
            new(100001, [Leader(SchoolRole.Headteacher), new StaffMemberView(Guid.NewGuid(), SchoolRole.Staff)]),
            new(100002, [Leader(SchoolRole.Headteacher), new StaffMemberView(Guid.NewGuid(), SchoolRole.Staff)]),
            new(100003, [Leader(SchoolRole.Headteacher), new StaffMemberView(Guid.NewGuid(), SchoolRole.Staff)]),
        };

        var rota = RotaProposer.Propose(schools, extraReviewers: 3);

        var leaders = schools.SelectMany(s => s.Leaders.Select(l => l.PersonId)).ToHashSet();
        Assert.All(rota.SelectMany(RotaRules.Members), m => Assert.Contains(m.PersonId, leaders));
    }

    [Fact]
    public void A_leader_of_two_schools_never_reviews_either_of_them()
    {
        var executiveHead = Guid.NewGuid();
        var schools = new List<PartnerSchool>
        {
            new(100001, [new StaffMemberView(executiveHead, SchoolRole.Headteacher)]),
            new(100002, [new StaffMemberView(executiveHead, SchoolRole.Headteacher), Leader(SchoolRole.SeniorLeader)]),
            new(100003, [Leader(SchoolRole.Headteacher)]),
            new(100004, [Leader(SchoolRole.Headteacher)]),
        };

        var rota = RotaProposer.Propose(schools, extraReviewers: 1);

        RotaRules.EnsureHardRules(rota, schools);
        Assert.DoesNotContain(rota.Where(e => e.Urn is 100001 or 100002).SelectMany(RotaRules.Members), m => m.PersonId == executiveHead);
    }

    [Fact]
    public void Two_schools_review_each_other_because_nothing_else_is_possible_and_that_is_no_warning()
    {
        var schools = new List<PartnerSchool> { new(100001, [Leader(SchoolRole.Headteacher)]), new(100002, [Leader(SchoolRole.Headteacher)]) };

        var rota = RotaProposer.Propose(schools, extraReviewers: 1);

        Assert.Equal(100002, rota.Single(e => e.Urn == 100001).LeadReviewer?.Urn);
        Assert.Equal(100001, rota.Single(e => e.Urn == 100002).LeadReviewer?.Urn);
        Assert.Empty(RotaRules.Warnings(rota, [100001, 100002]));
    }

    private static StaffMemberView Leader(SchoolRole role) => new(Guid.NewGuid(), role);

    private static List<PartnerSchool> GenerateSchools(int count, int seed, int minLeaders)
    {
        var random = new Random(seed * 31 + count);
        var person = 0;
        Guid NextPerson() => new(seed, (short)count, (short)person++, [0, 0, 0, 0, 0, 0, 0, 1]);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var leaders = minLeaders + random.Next(0, 4);
            var staff = Enumerable.Range(0, leaders)
                .Select(l => new StaffMemberView(NextPerson(), l == 0 ? SchoolRole.Headteacher : SchoolRole.SeniorLeader))
                .Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => new StaffMemberView(NextPerson(), SchoolRole.Staff)))
                .ToList();
            return new PartnerSchool(100000 + random.Next(1, 900000), staff);
        }).DistinctBy(s => s.Urn)];
    }

    private static string Describe(IReadOnlyList<RotaEntry> rota) =>
        string.Join(" | ", rota.Select(e => $"{e.Urn}: {e.LeadReviewer} + {string.Join(", ", e.Reviewers)}"));
}
