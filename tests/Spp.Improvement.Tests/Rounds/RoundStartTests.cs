using Spp.Contracts.Rounds;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;
using Spp.Improvement.Tests.Partnerships.Support;

namespace Spp.Improvement.Tests.Rounds;

/// <summary>Starting a round opens the schools' review cycles; later rota edits reach them.</summary>
public sealed class RoundStartTests(DomainHost host) : IClassFixture<DomainHost>
{
    private readonly Guid _tenantId = Guid.CreateVersion7();

    private IRoundGrain Round(Guid id) => host.Grains.GetGrain<IRoundGrain>(id);

    private IReviewCycleGrain Cycle(Guid id) => host.Grains.GetGrain<IReviewCycleGrain>(id);

    /// <summary>A formed partnership of <paramref name="count"/> schools with a scheduled round and its proposed rota.</summary>
    private async Task<(PartnershipView Partnership, List<EnrolledSchool> Schools, RoundView Round)> ProposedAsync(int count = 3)
    {
        var partnership = host.Grains.GetGrain<IPartnershipGrain>(Guid.CreateVersion7());
        var view = await partnership.Create(new PartnershipCreation(_tenantId, "Moorland Partnership", ProgrammePhase.Build, new DateOnly(2026, 9, 1), null));
        var schools = new List<EnrolledSchool>();
        for (var i = 0; i < count; i++)
        {
            var school = await TenantSchools.EnrolAsync(host.Grains, _tenantId);
            view = await partnership.AddSchool(school.Urn, view.ETag);
            schools.Add(school);
        }

        var id = Guid.CreateVersion7();
        var round = await Round(id).Schedule(new RoundScheduling(_tenantId, view.Id, "2026–27 round 1", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 18)));
        return (view, schools, await Round(id).ProposeRota(null, round.ETag));
    }

    [Fact]
    public async Task Starting_opens_one_cycle_per_school_with_its_rota_team_and_raises_RoundStarted()
    {
        var (partnership, schools, round) = await ProposedAsync();

        var started = await Round(round.Id).Start(round.ETag);

        Assert.Equal(RoundStatus.Started, started.Status);
        Assert.Equal(schools.Select(s => s.Urn).Order(), started.Cycles.Keys.Order());
        foreach (var entry in started.Rota)
        {
            var cycleId = started.Cycles[entry.Urn];
            Assert.Equal(CycleIds.For(round.Id, entry.Urn), cycleId);
            var cycle = await Cycle(cycleId).Summary();
            Assert.Equal((CycleStage.SelfReview, partnership.Id, round.Id, entry.Urn, entry.LeadReviewer?.PersonId), (cycle.Stage, cycle.PartnershipId, cycle.RoundId, cycle.Urn, cycle.LeadReviewerId));
            Assert.Equal(entry.Reviewers.Select(r => r.PersonId), cycle.ReviewerIds);
        }

        var events = await host.EventsOfAsync("round", round.Id);
        Assert.Equal(nameof(RoundStarted), events[^1].Type);
        Assert.Equal((Guid?)_tenantId, events[^1].TenantId);
    }

    [Fact]
    public async Task A_started_round_cannot_start_again_nor_take_a_new_proposal()
    {
        var (_, _, round) = await ProposedAsync();
        var started = await Round(round.Id).Start(round.ETag);

        var again = await Assert.ThrowsAsync<InvalidTransitionException>(() => Round(round.Id).Start(started.ETag));
        var proposal = await Assert.ThrowsAsync<InvalidTransitionException>(() => Round(round.Id).ProposeRota(null, started.ETag));

        Assert.Equal(("Started", "Started"), (again.From, proposal.From));
    }

    [Fact]
    public async Task A_start_that_opened_some_cycles_before_failing_converges_when_retried()
    {
        var (partnership, schools, round) = await ProposedAsync();
        var first = round.Rota[0];

        // As if an earlier attempt opened the first school's cycle and then failed before the round was stored.
        await Cycle(CycleIds.For(round.Id, first.Urn)).Open(new CycleOpening(
            _tenantId, partnership.Id, round.Id, round.Name, first.Urn, partnership.SchoolUrns, partnership.FacilitatorId, first, round.WindowStarts, round.WindowEnds));
        var started = await Round(round.Id).Start(round.ETag);

        Assert.Equal(schools.Count, started.Cycles.Count);
        Assert.Equal(CycleIds.For(round.Id, first.Urn), started.Cycles[first.Urn]);
    }

    [Fact]
    public async Task After_the_start_a_rota_edit_changes_the_team_of_that_schools_cycle()
    {
        var (_, schools, round) = await ProposedAsync(4);
        var started = await Round(round.Id).Start(round.ETag);
        var edited = started.Rota[0];
        var reviewerSchool = schools.First(s => s.Urn != edited.Urn && s.Urn != edited.LeadReviewer!.Urn);
        var newLead = new ReviewerView(reviewerSchool.Headteacher, reviewerSchool.Urn);
        var rota = started.Rota.Select(e => e.Urn == edited.Urn ? e with { LeadReviewer = newLead, Reviewers = [] } : e).ToList();

        var after = await Round(round.Id).SetRota(rota, started.ETag);

        Assert.Equal(newLead, after.Rota.Single(e => e.Urn == edited.Urn).LeadReviewer);
        var cycle = await Cycle(started.Cycles[edited.Urn]).Summary();
        Assert.Equal(newLead.PersonId, cycle.LeadReviewerId);
        Assert.Empty(cycle.ReviewerIds);
    }

    [Fact]
    public async Task After_the_start_every_school_with_a_cycle_keeps_a_lead_reviewer()
    {
        var (_, _, round) = await ProposedAsync();
        var started = await Round(round.Id).Start(round.ETag);
        var rota = started.Rota.Select((e, i) => i == 0 ? e with { LeadReviewer = null } : e).ToList();

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Round(round.Id).SetRota(rota, started.ETag));

        Assert.Equal("rota-incomplete", refused.Rule);
    }

    [Fact]
    public void A_cycle_id_is_a_version_5_id_fixed_by_the_round_and_the_school()
    {
        var round = Guid.CreateVersion7();

        var id = CycleIds.For(round, 100001);

        Assert.Equal(id, CycleIds.For(round, 100001));
        Assert.NotEqual(id, CycleIds.For(round, 100002));
        Assert.NotEqual(id, CycleIds.For(Guid.CreateVersion7(), 100001));
        Assert.Equal(5, id.Version);
    }
}
