using System.Globalization;
using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Partnerships;
using Spp.Improvement.People;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Cycles.Support;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.Actions;

/// <summary>
/// The plan with the real grains around it: a cycle walked to its action plan stage by its own commands,
/// the school's enrolment and staff, the partnership and the tenant's default term calendar.
/// </summary>
public sealed class RealCycleActionPlanTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private GrainActionPlanLinks Links => new(host.Grains, host.Clock);

    /// <summary>A cycle in the action plan stage, its partnership of the school and the champion's school, and that school's headteacher.</summary>
    private async Task<(CycleDriver Driver, Guid PartnerHead)> CycleInActionPlanAsync()
    {
        var world = new CycleWorld();
        var driver = new CycleDriver(host.Grains, world, host.Today);
        await driver.ToActionPlanAsync();

        var partnerHead = Guid.CreateVersion7();
        await host.Grains.GetGrain<ISchoolGrain>(world.ChampionUrn.ToString(CultureInfo.InvariantCulture)).Register(RegisterData.Of(world.ChampionUrn));
        var partnerSchool = host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(world.TenantId, world.ChampionUrn));
        await partnerSchool.Enrol();
        await partnerSchool.SetStaffMember(partnerHead, SchoolRole.Headteacher);

        var partnership = host.Grains.GetGrain<IPartnershipGrain>(world.PartnershipId);
        var etag = (await partnership.Create(new PartnershipCreation(world.TenantId, "North Leeds", ProgrammePhase.Build, host.Today.AddMonths(-2), null))).ETag;
        etag = (await partnership.AddSchool(world.Urn, etag)).ETag;
        await partnership.AddSchool(world.ChampionUrn, etag);
        return (driver, partnerHead);
    }

    [Fact]
    public async Task The_cycle_says_who_drafts_the_plan_who_may_own_actions_and_which_term_readings_are_due_for()
    {
        var (driver, _) = await CycleInActionPlanAsync();
        var world = driver.World;

        var champion = await Links.ActorAsync(world.CycleId, world.TenantId, world.Champion, [world.ChampionUrn]);
        var stranger = await Links.ActorAsync(world.CycleId, world.TenantId, Guid.CreateVersion7(), []);

        Assert.Equal(CycleStage.ActionPlan, champion.Cycle.Stage);
        Assert.True(champion.Roles.IsChampion && champion.Roles.SeesFindings);
        Assert.Equal(new[] { world.Headteacher, world.SeniorLeader, world.StaffMember }.Order(), champion.SchoolStaff.Order());
        Assert.Equal("Autumn 2026–27", champion.Cycle.CurrentTerm?.Name);
        Assert.False(stranger.Roles.SeesFindings);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Links.ActorAsync(world.CycleId, Guid.CreateVersion7(), world.Champion, []));
    }

    [Fact]
    public async Task A_plan_is_drafted_agreed_supported_and_measured_through_a_real_cycle()
    {
        var (driver, partnerHead) = await CycleInActionPlanAsync();
        var world = driver.World;
        var plan = host.Grains.GetGrain<IActionPlanGrain>(world.CycleId);
        var actionId = Guid.CreateVersion7();

        var champion = await Links.ActorAsync(world.CycleId, world.TenantId, world.Champion, [world.ChampionUrn]);
        await plan.AddAction(champion, actionId, new ActionDraft("Daily class reading time", null, world.StaffMember, host.Today.AddMonths(3), "More pupils read at home", "Reading"));
        await Links.NoteOwnerAsync(world.TenantId, world.CycleId, world.StaffMember);
        var partner = await Links.ActorAsync(world.CycleId, world.TenantId, partnerHead, [world.ChampionUrn]);
        var offer = await plan.ProposeSupport(partner, Guid.CreateVersion7(), new SupportProposal(world.ChampionUrn, world.Urn, actionId, "Our reading lead visits"));
        Assert.Empty(await plan.Readiness());
        await plan.Agree(world.Headteacher);
        await driver.Track(driver.Cycle.AgreeActionPlan(world.As(world.Headteacher), driver.ETag));

        var owner = await Links.ActorAsync(world.CycleId, world.TenantId, world.StaffMember, [world.Urn]);
        var measureId = Guid.CreateVersion7();
        await plan.DefineMeasure(owner, measureId, new MeasureDefinition(ImpactLevel.Pupils, "Pupils reading at home", actionId, new MeasurePoint(40, host.Today.AddDays(-7)), new MeasurePoint(60, host.Today.AddMonths(6))));
        var read = await plan.RecordReading(owner, measureId, Guid.CreateVersion7(), new ReadingInput(45, host.Today, null));

        Assert.Equal([world.ChampionUrn], partner.LedPartnerUrns);
        Assert.Equal(SupportDirection.Offer, offer.Item.Direction);
        Assert.Equal(CycleStage.Impact, owner.Cycle.Stage);
        Assert.False(owner.Roles.SeesFindings);
        Assert.False(read.Item.ReadingMissingThisTerm);
        Assert.Empty(await plan.ImpactReadiness());
        Assert.Equal(
            [nameof(ActionAdded), nameof(SupportOffered), nameof(ActionPlanLocked), nameof(MeasureDefined), nameof(ImpactReadingRecorded)],
            (await host.EventsOfAsync("action-plan", world.CycleId)).Select(e => e.Type));
    }
}
