using Spp.Contracts.Rounds;
using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;
using Spp.Improvement.Tests.Partnerships.Support;

namespace Spp.Improvement.Tests.Rounds;

/// <summary>A round's scheduling and rota, through the grain runtime on SQLite with real partnerships and enrolments.</summary>
public sealed class RoundGrainTests(DomainHost host) : IClassFixture<DomainHost>
{
    private static readonly DateOnly WindowStarts = new(2026, 10, 1);
    private static readonly DateOnly WindowEnds = new(2026, 12, 18);
    private readonly Guid _tenantId = Guid.CreateVersion7();

    private IRoundGrain Round(Guid id) => host.Grains.GetGrain<IRoundGrain>(id);

    private async Task<(PartnershipView Partnership, List<EnrolledSchool> Schools)> PartnershipAsync(int schools, int seniorLeaders = 1)
    {
        var id = Guid.CreateVersion7();
        var grain = host.Grains.GetGrain<IPartnershipGrain>(id);
        var view = await grain.Create(new PartnershipCreation(_tenantId, "Valley Partnership", ProgrammePhase.Build, new DateOnly(2026, 9, 1), null));
        var enrolled = new List<EnrolledSchool>();
        for (var i = 0; i < schools; i++)
        {
            var school = await TenantSchools.EnrolAsync(host.Grains, _tenantId, seniorLeaders);
            view = await grain.AddSchool(school.Urn, view.ETag);
            enrolled.Add(school);
        }

        return (view, enrolled);
    }

    private async Task<(Guid Id, RoundView View)> ScheduleAsync(PartnershipView partnership)
    {
        var id = Guid.CreateVersion7();
        return (id, await Round(id).Schedule(new RoundScheduling(_tenantId, partnership.Id, "2026–27 round 1", WindowStarts, WindowEnds)));
    }

    [Fact]
    public async Task A_scheduled_round_is_planning_with_no_rota_and_raises_RoundScheduled()
    {
        var (partnership, _) = await PartnershipAsync(3);

        var (id, round) = await ScheduleAsync(partnership);

        Assert.Equal((RoundStatus.Planning, "2026–27 round 1", WindowStarts, WindowEnds, partnership.Id), (round.Status, round.Name, round.WindowStarts, round.WindowEnds, round.PartnershipId));
        Assert.Empty(round.Rota);
        Assert.Empty(round.Cycles);
        var scheduled = Assert.Single(await host.EventsOfAsync("round", id));
        Assert.Equal((nameof(RoundScheduled), (Guid?)_tenantId), (scheduled.Type, scheduled.TenantId));
        Assert.Equal([id], (await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.RoundsOf(partnership.Id)).Page(null, 10)).Ids);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused()
    {
        var (partnership, _) = await PartnershipAsync(0);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Round(Guid.CreateVersion7()).Schedule(new RoundScheduling(_tenantId, partnership.Id, "Backwards", WindowEnds, WindowStarts)));

        Assert.Equal("round-invalid", refused.Rule);
    }

    [Fact]
    public async Task The_proposed_rota_covers_every_school_with_no_warnings_and_raises_RotaChanged()
    {
        var (partnership, schools) = await PartnershipAsync(4);
        var (id, round) = await ScheduleAsync(partnership);

        var proposed = await Round(id).ProposeRota(null, round.ETag);

        Assert.Equal(schools.Select(s => s.Urn).Order(), proposed.Rota.Select(e => e.Urn));
        Assert.All(proposed.Rota, e => Assert.Single(e.Reviewers));
        Assert.Empty(proposed.Warnings);
        Assert.Equal(nameof(RotaChanged), (await host.EventsOfAsync("round", id))[^1].Type);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_proposal_asked_for_more_or_fewer_reviewers_gives_each_school_that_many(int extraReviewers)
    {
        var (partnership, _) = await PartnershipAsync(5, seniorLeaders: 2);
        var (id, round) = await ScheduleAsync(partnership);

        var proposed = await Round(id).ProposeRota(extraReviewers, round.ETag);

        Assert.All(proposed.Rota, e => Assert.Equal(extraReviewers, e.Reviewers.Count));
        Assert.Empty(proposed.Warnings);
    }

    [Fact]
    public async Task The_facilitator_may_edit_the_rota_into_one_with_warnings()
    {
        var (partnership, s) = await PartnershipAsync(3);
        var (id, round) = await ScheduleAsync(partnership);
        List<RotaEntry> reciprocal =
        [
            new(s[0].Urn, new ReviewerView(s[1].Headteacher, s[1].Urn), []),
            new(s[1].Urn, new ReviewerView(s[0].Headteacher, s[0].Urn), []),
            new(s[2].Urn, new ReviewerView(s[0].SeniorLeaders[0], s[0].Urn), []),
        ];

        var edited = await Round(id).SetRota(reciprocal, round.ETag);

        Assert.Equal(reciprocal.OrderBy(e => e.Urn).Select(e => (e.Urn, e.LeadReviewer)), edited.Rota.Select(e => (e.Urn, e.LeadReviewer)));
        Assert.Contains(edited.Warnings, w => w.Rule == "reciprocal-review");
        Assert.Contains(edited.Warnings, w => w.Rule == "uneven-load");
    }

    [Fact]
    public async Task The_facilitator_cannot_put_a_reviewer_on_their_own_school_nor_a_teacher_on_a_team()
    {
        var (partnership, s) = await PartnershipAsync(3);
        var (id, round) = await ScheduleAsync(partnership);

        var own = await Assert.ThrowsAsync<RuleViolationException>(() => Round(id).SetRota([new(s[0].Urn, new ReviewerView(s[0].Headteacher, s[0].Urn), [])], round.ETag));
        var teacher = await Assert.ThrowsAsync<RuleViolationException>(() => Round(id).SetRota([new(s[0].Urn, new ReviewerView(s[1].Teacher, s[1].Urn), [])], round.ETag));

        Assert.Equal(("reviewer-from-own-school", "reviewer-not-partner-staff"), (own.Rule, teacher.Rule));
        Assert.Empty((await Round(id).Get()).Rota);
    }

    [Fact]
    public async Task A_partnership_that_is_still_forming_cannot_start_a_round()
    {
        var (partnership, _) = await PartnershipAsync(2);
        var (id, round) = await ScheduleAsync(partnership);
        round = await Round(id).ProposeRota(null, round.ETag);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Round(id).Start(round.ETag));

        Assert.Equal("partnership-not-formed", refused.Rule);
        Assert.Equal(RoundStatus.Planning, (await Round(id).Get()).Status);
    }

    [Fact]
    public async Task A_round_cannot_start_until_every_school_has_a_lead_reviewer()
    {
        var (partnership, s) = await PartnershipAsync(3);
        var (id, round) = await ScheduleAsync(partnership);
        round = await Round(id).SetRota([new(s[0].Urn, new ReviewerView(s[1].Headteacher, s[1].Urn), [])], round.ETag);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Round(id).Start(round.ETag));

        Assert.Equal("rota-incomplete", refused.Rule);
    }

    [Fact]
    public async Task A_stale_ETag_is_refused_with_the_current_one()
    {
        var (partnership, _) = await PartnershipAsync(3);
        var (id, round) = await ScheduleAsync(partnership);
        var proposed = await Round(id).ProposeRota(0, round.ETag);

        var stale = await Assert.ThrowsAsync<ETagMismatchException>(() => Round(id).ProposeRota(1, round.ETag));

        Assert.Equal(proposed.ETag, stale.CurrentETag);
    }
}
