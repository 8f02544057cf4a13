using Spp.Improvement.Indexes;
using System.Globalization;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Hosts;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Rounds;
using Spp.Improvement.Schools;
using Spp.Improvement.Seeding;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Seeding.Support;

namespace Spp.Improvement.Tests.Seeding;

public sealed class SeedTests(SeededHost host) : IClassFixture<SeededHost>
{
    private SeedDatasetView Seeded => new(host);

    [Fact]
    public async Task A_small_seed_registers_every_school_and_enrols_those_in_partnerships()
    {
        Assert.Equal(host.Dataset.Schools.Count, host.FirstRun!.Schools);
        foreach (var school in host.Dataset.Schools)
        {
            var view = await host.Grains.GetGrain<ISchoolGrain>(school.Urn.ToString(CultureInfo.InvariantCulture)).Get();
            Assert.Equal(school.Name, view.Name);
        }

        foreach (var tenant in host.Dataset.Tenants)
        {
            var enrolled = await host.Grains.GetGrain<ITenantEnrolmentsGrain>(tenant.Id).Page(0, 1_000);
            var expected = host.Dataset.Partnerships.Where(p => p.Tenant.Id == tenant.Id).SelectMany(p => p.Urns).Order().ToList();
            Assert.Equal(expected, enrolled.Urns);
        }
    }

    [Fact]
    public async Task A_small_seed_creates_its_hosts_and_tenants_with_their_admins()
    {
        foreach (var seeded in host.Dataset.Hosts)
        {
            Assert.Equal(seeded.Name, (await host.Grains.GetGrain<IHostGrain>(seeded.Id).Get()).Name);
            Assert.Contains(seeded.Id, (await host.Grains.GetGrain<IPersonGrain>(seeded.Admin.Id).Get()).HostsAdministered);
        }

        foreach (var seeded in host.Dataset.Tenants)
        {
            Assert.Equal(seeded.Slug, (await host.Grains.GetGrain<ITenantGrain>(seeded.Id).Get()).Slug);
            Assert.True((await host.Grains.GetGrain<IPersonGrain>(seeded.Admin.Id).MembershipIn(seeded.Id))?.IsTenantAdmin);
        }
    }

    [Fact]
    public async Task Every_seeded_partnership_is_formed_with_a_facilitator_and_three_started_rounds()
    {
        var partnerships = 0;
        foreach (var tenant in host.Dataset.Tenants)
        {
            var page = await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.PartnershipsOf(tenant.Id)).Page(null, 1_000);
            partnerships += page.Ids.Count;
            foreach (var id in page.Ids)
            {
                var partnership = await host.Grains.GetGrain<IPartnershipGrain>(id).Get();
                Assert.True(partnership.IsFormed);
                Assert.NotNull(partnership.FacilitatorId);
                var rounds = await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.RoundsOf(id)).Page(null, 10);
                Assert.Equal(3, rounds.Ids.Count);
                foreach (var roundId in rounds.Ids)
                {
                    var round = await host.Grains.GetGrain<IRoundGrain>(roundId).Get();
                    Assert.Equal(RoundStatus.Started, round.Status);
                    Assert.Equal(partnership.SchoolUrns.Order(), round.Cycles.Keys.Order());
                }
            }
        }

        Assert.Equal(host.Dataset.Partnerships.Count, partnerships);
        Assert.InRange(host.Dataset.Partnerships.Count, 8, 12);
    }

    [Fact]
    public async Task Seeded_cycles_are_spread_over_the_stages_and_their_counts_match_the_summary()
    {
        var stages = await Seeded.CycleStagesAsync();

        Assert.Equal(host.FirstRun!.Cycles, stages.Count);
        Assert.Equal(host.Dataset.Partnerships.Sum(p => p.Urns.Count) * 3, stages.Count);
        Assert.True(stages.Distinct().Count() >= 5, $"Stages seen: {string.Join(", ", stages.Distinct())}");
        Assert.Contains(CycleStage.Closed, stages);
        Assert.Contains(CycleStage.SelfReview, stages);
        foreach (var (stage, count) in host.FirstRun.CyclesByStage)
        {
            Assert.Equal(count, stages.Count(s => s == stage));
        }
    }

    [Fact]
    public async Task Cycles_past_peer_review_hold_evidence_and_findings_tied_to_it()
    {
        var cycle = await Seeded.FirstCycleAtAsync(CycleStage.ImprovementWorkshop, CycleStage.ActionPlan, CycleStage.Impact, CycleStage.Closed);
        var headteacher = host.Dataset.StaffOf(cycle.Urn).Headteacher.Id;

        var view = await host.Grains.GetGrain<IReviewCycleGrain>(cycle.Id).Read(new CycleCaller(headteacher, cycle.TenantId, false, [cycle.Urn]));

        Assert.NotNull(view.Evidence);
        Assert.Equal(3, view.Evidence.Evidence.Count);
        Assert.All(view.Evidence.Findings, f => Assert.NotEmpty(f.EvidenceIds));
    }

    [Fact]
    public async Task Running_the_same_seed_again_changes_nothing()
    {
        var before = await host.OutboxCountAsync();

        var again = await host.SeedAsync();

        Assert.Equal(before, await host.OutboxCountAsync());
        Assert.Equal(host.FirstRun!.Cycles, again.Cycles);
        Assert.Equal(host.FirstRun.CyclesByStage, again.CyclesByStage);
    }

    [Fact]
    public void The_same_seed_gives_the_same_dataset_and_another_seed_a_different_one()
    {
        var again = SeedDataset.Build(SeededHost.Options);
        var other = SeedDataset.Build(SeededHost.Options with { Seed = 8 });

        Assert.Equal(host.Dataset.Schools, again.Schools);
        Assert.Equal(host.Dataset.Partnerships.Select(p => (p.Id, p.Name, string.Join(',', p.Urns))), again.Partnerships.Select(p => (p.Id, p.Name, string.Join(',', p.Urns))));
        Assert.NotEqual(host.Dataset.Partnerships[0].Id, other.Partnerships[0].Id);
    }

    [Fact]
    public void The_seed_prints_progress_with_the_rate_of_grain_calls()
    {
        Assert.Contains("grain calls (", host.Progress.ToString(), StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"partnerships {host.Dataset.Partnerships.Count}/{host.Dataset.Partnerships.Count}"), host.Progress.ToString(), StringComparison.Ordinal);
    }
}
