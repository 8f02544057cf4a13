using System.Globalization;
using Spp.Contracts.Schools;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.Schools;

/// <summary>The enrolment grain's rules (one tenant, one partnership at a time, history kept), through the real grain runtime.</summary>
public sealed class EnrolmentGrainTests(RegisterGrainHost host) : IClassFixture<RegisterGrainHost>
{
    private IEnrolmentGrain Enrolment(Guid tenantId, int urn) => host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn));

    private ISchoolGrain School(int urn) => host.Grains.GetGrain<ISchoolGrain>(urn.ToString(CultureInfo.InvariantCulture));

    private async Task<(Guid TenantId, int Urn, EnrolmentView Enrolment)> EnrolAsync()
    {
        var data = await host.RegisterAsync();
        var tenantId = Guid.NewGuid();
        return (tenantId, data.Urn, await Enrolment(tenantId, data.Urn).Enrol());
    }

    [Fact]
    public async Task Enrol_holds_the_school_for_the_tenant_lists_it_and_raises_SchoolEnrolled_for_the_tenant()
    {
        var (tenantId, urn, enrolment) = await EnrolAsync();

        Assert.Equal((tenantId, urn, "Hillside Primary School", EnrolmentStatus.Active, (Guid?)null), (enrolment.TenantId, enrolment.Urn, enrolment.SchoolName, enrolment.Status, enrolment.PartnershipId));
        Assert.Equal(EnrolmentHistory.Enrolled, Assert.Single(enrolment.History).What);
        Assert.Equal(tenantId, (await School(urn).Get()).EnrolledTenantId);
        Assert.Equal([urn], (await host.Grains.GetGrain<ITenantEnrolmentsGrain>(tenantId).Page(0, 50)).Urns);
        var enrolled = Assert.Single(await host.EventsOfAsync("enrolment", EnrolmentKey.For(tenantId, urn)));
        Assert.Equal((nameof(SchoolEnrolled), (Guid?)tenantId), (enrolled.Type, enrolled.TenantId));
    }

    [Fact]
    public async Task Enrolling_again_while_enrolled_changes_nothing()
    {
        var (tenantId, urn, first) = await EnrolAsync();

        var again = await Enrolment(tenantId, urn).Enrol();

        Assert.Equal(first.ETag, again.ETag);
        Assert.Single(await host.EventsOfAsync("enrolment", EnrolmentKey.For(tenantId, urn)));
    }

    [Fact]
    public async Task A_school_enrolled_with_one_tenant_cannot_be_enrolled_by_another()
    {
        var (_, urn, _) = await EnrolAsync();
        var other = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Enrolment(other, urn).Enrol());

        Assert.Equal("school-enrolled-elsewhere", error.Rule);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Enrolment(other, urn).Get());
    }

    [Fact]
    public async Task A_URN_missing_from_the_register_cannot_be_enrolled()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Enrolment(Guid.NewGuid(), RegisterData.NewUrn()).Enrol());

        Assert.Equal("school-not-in-register", error.Rule);
    }

    [Fact]
    public async Task Withdrawing_ends_the_enrolment_keeps_history_and_frees_the_school_for_another_tenant()
    {
        var (tenantId, urn, enrolment) = await EnrolAsync();

        var withdrawn = await Enrolment(tenantId, urn).Withdraw(enrolment.ETag);
        var other = await Enrolment(Guid.NewGuid(), urn).Enrol();

        Assert.Equal(EnrolmentStatus.Ended, withdrawn.Status);
        Assert.Equal([EnrolmentHistory.Enrolled, EnrolmentHistory.Withdrawn], withdrawn.History.Select(h => h.What));
        Assert.Equal(other.TenantId, (await School(urn).Get()).EnrolledTenantId);
        Assert.Equal(nameof(SchoolWithdrawn), (await host.EventsOfAsync("enrolment", EnrolmentKey.For(tenantId, urn)))[^1].Type);
    }

    [Fact]
    public async Task A_withdrawn_enrolment_cannot_be_withdrawn_again_but_can_enrol_again()
    {
        var (tenantId, urn, enrolment) = await EnrolAsync();
        var withdrawn = await Enrolment(tenantId, urn).Withdraw(enrolment.ETag);

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Enrolment(tenantId, urn).Withdraw(withdrawn.ETag));
        var again = await Enrolment(tenantId, urn).Enrol();

        Assert.Equal(nameof(EnrolmentStatus.Ended), error.From);
        Assert.Equal(EnrolmentStatus.Active, again.Status);
        Assert.Equal([EnrolmentHistory.Enrolled, EnrolmentHistory.Withdrawn, EnrolmentHistory.Reenrolled], again.History.Select(h => h.What));
    }

    [Fact]
    public async Task Withdrawing_on_a_stale_ETag_is_refused()
    {
        var (tenantId, urn, enrolment) = await EnrolAsync();
        await Enrolment(tenantId, urn).SetStaffMember(Guid.NewGuid(), SchoolRole.Headteacher);

        await Assert.ThrowsAsync<ETagMismatchException>(() => Enrolment(tenantId, urn).Withdraw(enrolment.ETag));

        Assert.Equal(EnrolmentStatus.Active, (await Enrolment(tenantId, urn).Get()).Status);
    }

    [Fact]
    public async Task A_school_in_a_partnership_cannot_be_withdrawn()
    {
        var (tenantId, urn, _) = await EnrolAsync();
        var joined = await Enrolment(tenantId, urn).JoinPartnership(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Enrolment(tenantId, urn).Withdraw(joined.ETag));

        Assert.Equal("school-in-partnership", error.Rule);
        Assert.Equal(tenantId, (await School(urn).Get()).EnrolledTenantId);
    }

    [Fact]
    public async Task Joining_the_same_partnership_again_is_idempotent_and_another_breaks_the_one_partnership_rule()
    {
        var (tenantId, urn, _) = await EnrolAsync();
        var partnership = Guid.NewGuid();
        var joined = await Enrolment(tenantId, urn).JoinPartnership(partnership);

        var again = await Enrolment(tenantId, urn).JoinPartnership(partnership);
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Enrolment(tenantId, urn).JoinPartnership(Guid.NewGuid()));

        Assert.Equal((partnership, joined.ETag), (again.PartnershipId, again.ETag));
        Assert.Equal("school-in-another-partnership", error.Rule);
        Assert.Equal(nameof(SchoolJoinedPartnership), (await host.EventsOfAsync("enrolment", EnrolmentKey.For(tenantId, urn)))[^1].Type);
    }

    [Fact]
    public async Task Leaving_frees_the_school_for_another_partnership_and_the_history_keeps_both()
    {
        var (tenantId, urn, _) = await EnrolAsync();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await Enrolment(tenantId, urn).JoinPartnership(first);

        var left = await Enrolment(tenantId, urn).LeavePartnership(first);
        var leftAgain = await Enrolment(tenantId, urn).LeavePartnership(first);
        var joined = await Enrolment(tenantId, urn).JoinPartnership(second);

        Assert.Null(left.PartnershipId);
        Assert.Equal(left.ETag, leftAgain.ETag);
        Assert.Equal(second, joined.PartnershipId);
        Assert.Equal(
            [(EnrolmentHistory.JoinedPartnership, (Guid?)first), (EnrolmentHistory.LeftPartnership, first), (EnrolmentHistory.JoinedPartnership, second)],
            joined.History.Skip(1).Select(h => (h.What, h.PartnershipId)));
    }

    [Fact]
    public async Task An_ended_enrolment_cannot_join_a_partnership()
    {
        var (tenantId, urn, enrolment) = await EnrolAsync();
        await Enrolment(tenantId, urn).Withdraw(enrolment.ETag);

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Enrolment(tenantId, urn).JoinPartnership(Guid.NewGuid()));

        Assert.Equal(nameof(EnrolmentStatus.Ended), error.From);
    }

    [Fact]
    public async Task Staff_roles_are_set_changed_and_removed_with_an_event_carrying_ids_and_role_only()
    {
        var (tenantId, urn, _) = await EnrolAsync();
        var person = Guid.NewGuid();

        var asHead = await Enrolment(tenantId, urn).SetStaffMember(person, SchoolRole.Headteacher);
        var same = await Enrolment(tenantId, urn).SetStaffMember(person, SchoolRole.Headteacher);
        var asLeader = await Enrolment(tenantId, urn).SetStaffMember(person, SchoolRole.SeniorLeader);
        var removed = await Enrolment(tenantId, urn).SetStaffMember(person, null);

        Assert.Equal([person], asHead.Headteachers);
        Assert.Equal(asHead.ETag, same.ETag);
        Assert.Equal([new StaffMemberView(person, SchoolRole.SeniorLeader)], asLeader.Staff);
        Assert.Empty(removed.Staff);
        var changes = (await host.EventsOfAsync("enrolment", EnrolmentKey.For(tenantId, urn))).Where(e => e.Type == nameof(SchoolStaffChanged)).ToList();
        Assert.Equal(3, changes.Count);
        Assert.Contains("\"role\":\"Headteacher\"", changes[0].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transfer_ends_the_old_enrolment_with_history_and_enrols_the_school_with_the_new_tenant()
    {
        var (from, urn, _) = await EnrolAsync();
        var to = Guid.NewGuid();
        var school = await School(urn).Get();

        var ended = await Enrolment(from, urn).EndByTransfer(to);
        var endedAgain = await Enrolment(from, urn).EndByTransfer(to);
        await School(urn).Transfer(from, to, school.ETag);
        var started = await Enrolment(to, urn).EnrolByTransfer(from);

        Assert.Equal((EnrolmentStatus.Ended, EnrolmentHistory.TransferredOut), (ended.Status, ended.History[^1].What));
        Assert.Equal(ended.ETag, endedAgain.ETag);
        Assert.Equal((EnrolmentStatus.Active, EnrolmentHistory.TransferredIn), (started.Status, started.History[^1].What));
        Assert.Equal(to, (await School(urn).Get()).EnrolledTenantId);
        Assert.Contains(from.ToString(), (await host.EventsOfAsync("enrolment", EnrolmentKey.For(to, urn)))[^1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_in_a_partnership_cannot_be_transferred()
    {
        var (from, urn, _) = await EnrolAsync();
        await Enrolment(from, urn).JoinPartnership(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Enrolment(from, urn).EndByTransfer(Guid.NewGuid()));

        Assert.Equal("school-in-partnership", error.Rule);
    }
}
