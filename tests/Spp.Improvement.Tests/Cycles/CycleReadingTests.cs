using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.People;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>Who reads what of a cycle (cycle.md), participation worked out from state, and each person's tasks.</summary>
public sealed class CycleReadingTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private CycleDriver NewCycle() => new(host.Grains, new CycleWorld(), host.Today, host.Clock);

    [Fact]
    public async Task The_cycles_own_people_read_the_whole_cycle_with_findings()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        foreach (var person in new[] { w.Headteacher, w.SeniorLeader, w.LeadReviewer, w.Reviewer, w.Facilitator })
        {
            var view = await cycle.Cycle.Read(w.As(person));
            Assert.Equal(CycleAccess.Whole, view.Access);
            Assert.NotNull(view.Evidence);
            Assert.NotNull(view.SelfReview?.Focus);
            Assert.NotNull(view.People);
        }
    }

    [Fact]
    public async Task Another_school_of_the_partnership_reads_stage_and_dates_only()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        var view = await cycle.Cycle.Read(w.As(w.PartnerTeacher));

        Assert.Equal((CycleAccess.Outline, CycleStage.ImprovementWorkshop), (view.Access, view.Stage));
        Assert.NotEmpty(view.Dates.Deadlines);
        Assert.Null(view.People);
        Assert.Null(view.SelfReview);
        Assert.Null(view.Evidence);
        Assert.Null(view.Plan);
        Assert.Null(view.History);
    }

    [Fact]
    public async Task Tenant_admins_read_people_but_not_findings_unless_shared()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        var before = await cycle.Cycle.Read(w.As(w.TenantAdmin));
        await cycle.Track(cycle.Cycle.ShareFindingsWith(w.As(w.Headteacher), new FindingsSharing([], Partnership: false, TenantAdmins: true), cycle.ETag));
        var after = await cycle.Cycle.Read(w.As(w.TenantAdmin));

        Assert.Equal(CycleAccess.People, before.Access);
        Assert.Equal(w.LeadReviewer, before.People!.LeadReviewerId);
        Assert.Null(before.Evidence);
        Assert.Null(before.SelfReview);
        Assert.NotNull(after.Evidence);
    }

    [Fact]
    public async Task Sharing_with_the_partnership_lets_partner_schools_read_findings()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        await cycle.Track(cycle.Cycle.ShareFindingsWith(w.As(w.Headteacher), new FindingsSharing([], Partnership: true, TenantAdmins: false), cycle.ETag));
        var view = await cycle.Cycle.Read(w.As(w.PartnerTeacher));

        Assert.NotNull(view.Evidence);
        Assert.Null(view.People);
    }

    [Fact]
    public async Task A_named_person_outside_the_cycle_reads_findings_once_shared_and_not_before()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;
        var outsider = Guid.CreateVersion7();

        await Assert.ThrowsAsync<GrainNotFoundException>(() => cycle.Cycle.Read(w.As(outsider)));
        await cycle.Track(cycle.Cycle.ShareFindingsWith(w.As(w.Headteacher), new FindingsSharing([outsider], false, false), cycle.ETag));

        Assert.NotNull((await cycle.Cycle.Read(w.As(outsider))).Evidence);
    }

    [Fact]
    public async Task Only_the_headteacher_shares_findings()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.ShareFindingsWith(w.As(w.LeadReviewer), new FindingsSharing([], true, true), cycle.ETag));
    }

    [Fact]
    public async Task Staff_who_are_not_leaders_read_stage_dates_and_their_own_long_list_items()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        await cycle.Track(cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Mine"));
        await cycle.Track(cycle.Cycle.ProposeLongListItem(w.As(w.SeniorLeader), Guid.CreateVersion7(), "A leader's"));

        var view = await cycle.Cycle.Read(w.As(w.StaffMember));

        Assert.Equal(CycleAccess.Staff, view.Access);
        Assert.Equal("Mine", Assert.Single(view.SelfReview!.LongList).Text);
        Assert.Null(view.People);
        Assert.Null(view.SelfReview.Focus);
    }

    [Fact]
    public async Task Another_tenant_and_a_stranger_of_the_tenant_do_not_find_the_cycle()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<GrainNotFoundException>(() => cycle.Cycle.Read(w.As(w.Headteacher, tenantId: Guid.CreateVersion7())));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => cycle.Cycle.Read(w.As(Guid.CreateVersion7())));
    }

    [Fact]
    public async Task Participation_is_worked_out_from_the_school_staff_and_the_team()
    {
        var cycle = NewCycle();
        await cycle.ToWorkshopAsync();
        await cycle.AssignChampionAsync();
        var w = cycle.World;

        Assert.Equal(new CycleParticipation(true, true, false, false, false, false, true), await cycle.Cycle.ParticipationOf(w.Headteacher));
        Assert.Equal(new CycleParticipation(false, true, false, false, false, false, true), await cycle.Cycle.ParticipationOf(w.SeniorLeader));
        Assert.Equal(new CycleParticipation(false, false, true, false, false, false, true), await cycle.Cycle.ParticipationOf(w.LeadReviewer));
        Assert.Equal(new CycleParticipation(false, false, false, true, false, false, true), await cycle.Cycle.ParticipationOf(w.Reviewer));
        Assert.Equal(new CycleParticipation(false, false, false, false, true, false, true), await cycle.Cycle.ParticipationOf(w.Champion));
        Assert.Equal(new CycleParticipation(false, false, false, false, false, true, true), await cycle.Cycle.ParticipationOf(w.Facilitator));
        Assert.Equal(new CycleParticipation(false, false, false, false, false, false, false), await cycle.Cycle.ParticipationOf(w.StaffMember));
    }

    [Fact]
    public async Task A_headteacher_who_leaves_the_school_stops_being_headteacher_of_the_cycle()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;

        await host.Grains.GetGrain<Spp.Improvement.Enrolments.IEnrolmentGrain>(Spp.Improvement.Enrolments.EnrolmentKey.For(w.TenantId, w.Urn)).SetStaffMember(w.Headteacher, null);

        Assert.False((await cycle.Cycle.ParticipationOf(w.Headteacher)).IsHeadteacher);
    }

    [Fact]
    public async Task Opening_notes_the_cycle_for_the_team_the_leaders_and_the_facilitator()
    {
        var w = new CycleWorld();
        foreach (var person in new[] { w.LeadReviewer, w.Facilitator, w.Headteacher })
        {
            await host.Grains.GetGrain<IPersonGrain>(person).Register($"{person:N}@example.org", "Test Person");
        }

        var cycle = new CycleDriver(host.Grains, w, host.Today, host.Clock);
        await cycle.OpenAsync();

        foreach (var person in new[] { w.LeadReviewer, w.Facilitator, w.Headteacher })
        {
            Assert.Contains(new CycleInvolvement(w.TenantId, w.CycleId), await host.Grains.GetGrain<IPersonGrain>(person).Cycles());
        }
    }

    [Fact]
    public async Task The_headteacher_has_the_submit_task_overdue_not_started_until_the_long_list_has_items()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;
        var first = host.Today.AddDays(10);
        await cycle.Track(cycle.Cycle.SetVisitDays(w.As(w.Facilitator), [first], cycle.ETag));

        var overdue = Assert.Single(await cycle.Cycle.TasksFor(w.Headteacher));
        await cycle.Track(cycle.Cycle.ProposeLongListItem(w.As(w.StaffMember), cycle.ItemId, "Item"));
        var started = Assert.Single(await cycle.Cycle.TasksFor(w.Headteacher));

        Assert.Equal(new CycleTask("submit-self-review", w.CycleId, w.TenantId, CycleStage.SelfReview, first.AddDays(-14), OverdueState.NotStarted), overdue);
        Assert.Equal(OverdueState.Started, started.Overdue);
    }

    [Fact]
    public async Task Tasks_follow_the_stage_and_the_role()
    {
        var cycle = NewCycle();
        await cycle.ToPeerReviewAsync();
        var w = cycle.World;

        var lead = Assert.Single(await cycle.Cycle.TasksFor(w.LeadReviewer));
        var reviewer = Assert.Single(await cycle.Cycle.TasksFor(w.Reviewer));

        Assert.Equal(("share-findings", host.Today.AddDays(3), (OverdueState?)null), (lead.Kind, lead.Due, lead.Overdue));
        Assert.Equal("record-evidence", reviewer.Kind);
        Assert.Empty(await cycle.Cycle.TasksFor(w.Headteacher));
        Assert.Empty(await cycle.Cycle.TasksFor(w.PartnerTeacher));
    }

    [Fact]
    public async Task A_paused_cycle_asks_nothing_of_anyone()
    {
        var cycle = NewCycle();
        await cycle.OpenAsync();
        var w = cycle.World;

        await cycle.Track(cycle.Cycle.Pause(w.As(w.Facilitator), "Closure", cycle.ETag));

        Assert.Empty(await cycle.Cycle.TasksFor(w.Headteacher));
    }
}
