using Spp.Contracts.Partnerships;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Tests.Partnerships.Support;

namespace Spp.Improvement.Tests.Partnerships;

/// <summary>Member schools (3–7, enrolled, one partnership at a time) and Improvement Champions.</summary>
public sealed class PartnershipSchoolsTests(DomainHost host) : IClassFixture<DomainHost>
{
    private readonly Guid _tenantId = Guid.CreateVersion7();

    private IPartnershipGrain Partnership(Guid id) => host.Grains.GetGrain<IPartnershipGrain>(id);

    private async Task<(Guid Id, PartnershipView View)> CreateAsync()
    {
        var id = Guid.CreateVersion7();
        return (id, await Partnership(id).Create(new PartnershipCreation(_tenantId, "Riverside Partnership", ProgrammePhase.Build, new DateOnly(2026, 9, 1), null)));
    }

    private async Task<(Guid Id, PartnershipView View, List<EnrolledSchool> Schools)> WithSchoolsAsync(int count)
    {
        var (id, view) = await CreateAsync();
        var schools = new List<EnrolledSchool>();
        for (var i = 0; i < count; i++)
        {
            var school = await TenantSchools.EnrolAsync(host.Grains, _tenantId);
            view = await Partnership(id).AddSchool(school.Urn, view.ETag);
            schools.Add(school);
        }

        return (id, view, schools);
    }

    [Fact]
    public async Task A_partnership_is_formed_from_three_to_seven_schools()
    {
        var (id, view) = await CreateAsync();
        var formed = new List<bool>();
        for (var i = 0; i < 7; i++)
        {
            view = await Partnership(id).AddSchool((await TenantSchools.EnrolAsync(host.Grains, _tenantId)).Urn, view.ETag);
            formed.Add(view.IsFormed);
        }

        Assert.Equal([false, false, true, true, true, true, true], formed);
        Assert.Equal(7, view.SchoolUrns.Count);
    }

    [Fact]
    public async Task An_eighth_school_is_refused_as_the_partnership_is_full()
    {
        var (id, view, _) = await WithSchoolsAsync(7);
        var eighth = await TenantSchools.EnrolAsync(host.Grains, _tenantId);

        var full = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AddSchool(eighth.Urn, view.ETag));

        Assert.Equal("partnership-full", full.Rule);
        Assert.Null((await host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(_tenantId, eighth.Urn)).Get()).PartnershipId);
    }

    [Fact]
    public async Task Adding_a_school_puts_its_enrolment_in_the_partnership_and_raises_PartnershipSchoolAdded()
    {
        var (id, view, schools) = await WithSchoolsAsync(1);

        var enrolment = await host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(_tenantId, schools[0].Urn)).Get();

        Assert.Equal(id, enrolment.PartnershipId);
        Assert.Equal([schools[0].Urn], view.SchoolUrns);
        Assert.Equal(new SchoolMembershipChange(schools[0].Urn, true, view.SchoolHistory[0].At), Assert.Single(view.SchoolHistory));
        Assert.Equal(nameof(PartnershipSchoolAdded), (await host.EventsOfAsync("partnership", id))[^1].Type);
    }

    [Fact]
    public async Task A_school_the_tenant_has_not_enrolled_cannot_join()
    {
        var (id, view) = await CreateAsync();
        var otherTenants = await TenantSchools.EnrolAsync(host.Grains, Guid.CreateVersion7());

        var notEnrolled = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AddSchool(otherTenants.Urn, view.ETag));
        var unknown = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AddSchool(TenantSchools.NewUrn(), view.ETag));

        Assert.Equal(("school-not-enrolled", "school-not-enrolled"), (notEnrolled.Rule, unknown.Rule));
    }

    [Fact]
    public async Task A_school_in_another_partnership_cannot_join_until_it_leaves()
    {
        var (firstId, first, schools) = await WithSchoolsAsync(1);
        var (secondId, second) = await CreateAsync();

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(secondId).AddSchool(schools[0].Urn, second.ETag));
        first = await Partnership(firstId).RemoveSchool(schools[0].Urn, first.ETag);
        second = await Partnership(secondId).AddSchool(schools[0].Urn, second.ETag);

        Assert.Equal("school-in-another-partnership", refused.Rule);
        Assert.Empty(first.SchoolUrns);
        Assert.Equal([true, false], first.SchoolHistory.Select(h => h.Joined));
        Assert.Equal([schools[0].Urn], second.SchoolUrns);
        Assert.Equal(nameof(PartnershipSchoolRemoved), (await host.EventsOfAsync("partnership", firstId))[^1].Type);
    }

    [Fact]
    public async Task Adding_a_member_again_or_removing_a_non_member_changes_nothing()
    {
        var (id, view, schools) = await WithSchoolsAsync(1);

        var again = await Partnership(id).AddSchool(schools[0].Urn, view.ETag);
        var removed = await Partnership(id).RemoveSchool(TenantSchools.NewUrn(), view.ETag);

        Assert.Equal((view.ETag, view.ETag), (again.ETag, removed.ETag));
    }

    [Fact]
    public async Task Champions_are_staff_of_the_member_school_named_with_them()
    {
        var (id, view, schools) = await WithSchoolsAsync(3);
        var champions = new[] { new ChampionView(schools[0].Teacher, schools[0].Urn), new ChampionView(schools[1].SeniorLeaders[0], schools[1].Urn) };

        var set = await Partnership(id).SetChampions(champions, view.ETag);

        Assert.Equal(champions.OrderBy(c => c.Urn), set.Champions);
        var changed = (await host.EventsOfAsync("partnership", id))[^1];
        Assert.Equal(nameof(PartnershipChampionsChanged), changed.Type);
        Assert.Contains(schools[0].Teacher.ToString(), changed.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_champion_from_outside_the_school_or_the_partnership_is_refused()
    {
        var (id, view, schools) = await WithSchoolsAsync(2);
        var outsider = await TenantSchools.EnrolAsync(host.Grains, _tenantId);

        var notStaff = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).SetChampions([new ChampionView(schools[1].Teacher, schools[0].Urn)], view.ETag));
        var notMember = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).SetChampions([new ChampionView(outsider.Teacher, outsider.Urn)], view.ETag));

        Assert.Equal(("champion-not-school-staff", "champion-school-not-member"), (notStaff.Rule, notMember.Rule));
    }

    [Fact]
    public async Task A_school_that_leaves_takes_its_champions_with_it()
    {
        var (id, view, schools) = await WithSchoolsAsync(3);
        view = await Partnership(id).SetChampions([new ChampionView(schools[0].Teacher, schools[0].Urn), new ChampionView(schools[1].Teacher, schools[1].Urn)], view.ETag);

        view = await Partnership(id).RemoveSchool(schools[0].Urn, view.ETag);

        Assert.Equal([new ChampionView(schools[1].Teacher, schools[1].Urn)], view.Champions);
        Assert.False(view.IsFormed);
    }
}
