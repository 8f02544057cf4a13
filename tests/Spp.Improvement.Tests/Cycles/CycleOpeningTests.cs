using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Rounds;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>Opening a cycle and its review team: the rules of the rota that the cycle enforces itself.</summary>
public sealed class CycleOpeningTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private IReviewCycleGrain Cycle(CycleWorld world) => host.Grains.GetGrain<IReviewCycleGrain>(world.CycleId);

    [Fact]
    public async Task Opening_starts_in_self_review_with_the_rota_team_and_raises_CycleOpened()
    {
        var world = new CycleWorld();

        var summary = await Cycle(world).Open(world.Opening());

        Assert.Equal(
            new { Stage = CycleStage.SelfReview, IsPaused = false, world.TenantId, world.Urn, LeadReviewerId = (Guid?)world.LeadReviewer, FacilitatorId = (Guid?)world.Facilitator, ETag = "\"1\"" },
            new { summary.Stage, summary.IsPaused, summary.TenantId, summary.Urn, summary.LeadReviewerId, summary.FacilitatorId, summary.ETag });
        Assert.Equal([world.Reviewer], summary.ReviewerIds);
        Assert.Empty(summary.Deadlines);
        var opened = Assert.Single(await host.EventsOfAsync("review-cycle", world.CycleId));
        Assert.Equal(("CycleOpened", (Guid?)world.TenantId), (opened.Type, opened.TenantId));
    }

    [Fact]
    public async Task Opening_again_with_the_same_values_changes_nothing()
    {
        var world = new CycleWorld();
        var first = await Cycle(world).Open(world.Opening());

        var again = await Cycle(world).Open(world.Opening());

        Assert.Equal((first.ETag, first.Stage, first.LeadReviewerId), (again.ETag, again.Stage, again.LeadReviewerId));
        Assert.Equal(first.ReviewerIds, again.ReviewerIds);
        Assert.Single(await host.EventsOfAsync("review-cycle", world.CycleId));
    }

    [Fact]
    public async Task Opening_an_existing_id_for_another_school_breaks_the_cycle_exists_rule()
    {
        var world = new CycleWorld();
        await Cycle(world).Open(world.Opening());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).Open(world.Opening() with { RoundId = Guid.CreateVersion7() }));

        Assert.Equal("cycle-exists", error.Rule);
    }

    [Fact]
    public async Task A_reviewer_from_the_school_reviewed_breaks_the_reviewer_from_partner_school_rule()
    {
        var world = new CycleWorld();
        var team = world.Team with { Reviewers = [new ReviewerView(world.Reviewer, world.Urn)] };

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).Open(world.Opening(team)));

        Assert.Equal("reviewer-from-partner-school", error.Rule);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Cycle(world).Summary());
    }

    [Fact]
    public async Task A_lead_reviewer_from_outside_the_partnership_breaks_the_reviewer_from_partner_school_rule()
    {
        var world = new CycleWorld();
        var team = world.Team with { LeadReviewer = new ReviewerView(world.LeadReviewer, 999_999) };

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).Open(world.Opening(team)));

        Assert.Equal("reviewer-from-partner-school", error.Rule);
    }

    [Fact]
    public async Task The_same_person_twice_on_the_team_breaks_the_review_team_invalid_rule()
    {
        var world = new CycleWorld();
        var team = world.Team with { Reviewers = [new ReviewerView(world.LeadReviewer, world.LeadUrn)] };

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).Open(world.Opening(team)));

        Assert.Equal("review-team-invalid", error.Rule);
    }

    [Fact]
    public async Task A_school_outside_the_partnership_cannot_have_a_cycle_opened()
    {
        var world = new CycleWorld();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).Open(world.Opening() with { PartnerUrns = [world.LeadUrn, world.ReviewerUrn] }));

        Assert.Equal("cycle-opening-invalid", error.Rule);
    }

    [Fact]
    public async Task Changing_the_team_replaces_it_and_raises_CycleTeamChanged()
    {
        var world = new CycleWorld();
        await Cycle(world).Open(world.Opening());
        var newReviewer = Guid.CreateVersion7();

        var summary = await Cycle(world).ChangeTeam(world.Team with { Reviewers = [new ReviewerView(newReviewer, world.ChampionUrn)] });

        Assert.Equal([newReviewer], summary.ReviewerIds);
        Assert.Equal("\"2\"", summary.ETag);
        Assert.Equal(["CycleOpened", "CycleTeamChanged"], (await host.EventsOfAsync("review-cycle", world.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task Changing_the_team_to_the_same_team_changes_nothing()
    {
        var world = new CycleWorld();
        await Cycle(world).Open(world.Opening());

        var summary = await Cycle(world).ChangeTeam(world.Team);

        Assert.Equal("\"1\"", summary.ETag);
        Assert.Single(await host.EventsOfAsync("review-cycle", world.CycleId));
    }

    [Fact]
    public async Task Changing_the_team_keeps_the_partner_school_rule()
    {
        var world = new CycleWorld();
        await Cycle(world).Open(world.Opening());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Cycle(world).ChangeTeam(world.Team with { LeadReviewer = new ReviewerView(world.LeadReviewer, world.Urn) }));

        Assert.Equal("reviewer-from-partner-school", error.Rule);
        Assert.Equal("\"1\"", (await Cycle(world).Summary()).ETag);
    }

    [Fact]
    public async Task Summary_of_an_unknown_cycle_is_not_found()
    {
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Grains.GetGrain<IReviewCycleGrain>(Guid.CreateVersion7()).Summary());
    }
}
