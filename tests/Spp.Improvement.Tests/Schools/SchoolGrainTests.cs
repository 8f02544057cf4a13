using System.Globalization;
using Spp.Contracts.Schools;
using Spp.Grains;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.Schools;

/// <summary>The school grain's register upsert, enrolment hold and transfer rules, through the real grain runtime.</summary>
public sealed class SchoolGrainTests(RegisterGrainHost host) : IClassFixture<RegisterGrainHost>
{
    private ISchoolGrain School(int urn) => host.Grains.GetGrain<ISchoolGrain>(urn.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task Registering_a_new_URN_stores_the_register_data_and_raises_SchoolRegistered()
    {
        var data = RegisterData.Of(RegisterData.NewUrn(), "École St Mary's");

        var outcome = await School(data.Urn).Register(data);

        Assert.Equal(RegisterOutcome.Registered, outcome);
        var school = await School(data.Urn).Get();
        Assert.Equal(
            (data.Urn, data.Name, EducationPhase.Primary, "Leeds", "Yorkshire and the Humber", "Northern Lights Trust", "Open", (Guid?)null, "\"1\""),
            (school.Urn, school.Name, school.EducationPhase, school.LocalAuthority, school.Region, school.Trust, school.Status, school.EnrolledTenantId, school.ETag));
        var registered = Assert.Single(await host.EventsOfAsync("school", data.Urn.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(nameof(SchoolRegistered), registered.Type);
        Assert.Null(registered.TenantId);
    }

    [Fact]
    public async Task Registering_the_same_data_again_writes_nothing_and_raises_nothing()
    {
        var data = await host.RegisterAsync();

        var outcome = await School(data.Urn).Register(data);

        Assert.Equal(RegisterOutcome.Unchanged, outcome);
        Assert.Equal("\"1\"", (await School(data.Urn).Get()).ETag);
        Assert.Single(await host.EventsOfAsync("school", data.Urn.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Changed_register_data_updates_the_school_and_raises_SchoolRegisterUpdated()
    {
        var data = await host.RegisterAsync();

        var outcome = await School(data.Urn).Register(data with { Name = "Hillside Academy", Trust = null });

        Assert.Equal(RegisterOutcome.Updated, outcome);
        var school = await School(data.Urn).Get();
        Assert.Equal(("Hillside Academy", (string?)null, "\"2\""), (school.Name, school.Trust, school.ETag));
        var events = await host.EventsOfAsync("school", data.Urn.ToString(CultureInfo.InvariantCulture));
        Assert.Equal([nameof(SchoolRegistered), nameof(SchoolRegisterUpdated)], events.Select(e => e.Type));
        Assert.Contains("Hillside Academy", events[1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_data_for_another_URN_or_without_a_name_breaks_the_school_register_invalid_rule()
    {
        var urn = RegisterData.NewUrn();

        var wrongUrn = await Assert.ThrowsAsync<RuleViolationException>(() => School(urn).Register(RegisterData.Of(urn + 1)));
        var noName = await Assert.ThrowsAsync<RuleViolationException>(() => School(urn).Register(RegisterData.Of(urn) with { Name = " " }));

        Assert.Equal(["school-register-invalid", "school-register-invalid"], new[] { wrongUrn.Rule, noName.Rule });
        await Assert.ThrowsAsync<GrainNotFoundException>(() => School(urn).Get());
    }

    [Fact]
    public async Task An_unregistered_URN_cannot_be_held_by_a_tenant()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => School(RegisterData.NewUrn()).ClaimEnrolment(Guid.NewGuid()));

        Assert.Equal("school-not-in-register", error.Rule);
    }

    [Fact]
    public async Task A_school_is_held_by_one_tenant_at_a_time_and_the_holder_can_claim_it_again()
    {
        var data = await host.RegisterAsync();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        var held = await School(data.Urn).ClaimEnrolment(first);
        var again = await School(data.Urn).ClaimEnrolment(first);
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => School(data.Urn).ClaimEnrolment(second));

        Assert.Equal((first, first), (held.EnrolledTenantId, again.EnrolledTenantId));
        Assert.Equal(held.ETag, again.ETag);
        Assert.Equal("school-enrolled-elsewhere", error.Rule);
    }

    [Fact]
    public async Task A_closed_school_cannot_be_enrolled()
    {
        var data = await host.RegisterAsync(status: "Closed");

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => School(data.Urn).ClaimEnrolment(Guid.NewGuid()));

        Assert.Equal("school-closed", error.Rule);
    }

    [Fact]
    public async Task Releasing_lets_another_tenant_hold_the_school_and_a_release_by_a_non_holder_changes_nothing()
    {
        var data = await host.RegisterAsync();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var held = await School(data.Urn).ClaimEnrolment(first);

        var byOther = await School(data.Urn).ReleaseEnrolment(second);
        await School(data.Urn).ReleaseEnrolment(first);
        var taken = await School(data.Urn).ClaimEnrolment(second);

        Assert.Equal((first, held.ETag), (byOther.EnrolledTenantId, byOther.ETag));
        Assert.Equal(second, taken.EnrolledTenantId);
    }

    [Fact]
    public async Task A_transfer_moves_the_school_and_a_retry_with_the_same_ETag_gets_the_same_answer()
    {
        var data = await host.RegisterAsync();
        var (from, to) = (Guid.NewGuid(), Guid.NewGuid());
        var held = await School(data.Urn).ClaimEnrolment(from);

        Assert.Equal(from, await School(data.Urn).TransferSource(to, held.ETag));
        var moved = await School(data.Urn).Transfer(from, to, held.ETag);
        var retried = await School(data.Urn).Transfer(from, to, held.ETag);

        Assert.Equal(to, moved.EnrolledTenantId);
        Assert.Equal(moved, retried);
        Assert.Equal(from, await School(data.Urn).TransferSource(to, held.ETag));
        var transferred = (await host.EventsOfAsync("school", data.Urn.ToString(CultureInfo.InvariantCulture)))[^1];
        Assert.Equal(nameof(SchoolTransferred), transferred.Type);
    }

    [Fact]
    public async Task A_transfer_on_a_stale_ETag_is_refused_with_the_current_one()
    {
        var data = await host.RegisterAsync();
        await School(data.Urn).ClaimEnrolment(Guid.NewGuid());
        var current = await School(data.Urn).Get();

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => School(data.Urn).TransferSource(Guid.NewGuid(), "\"1\""));

        Assert.Equal(current.ETag, error.CurrentETag);
    }

    [Fact]
    public async Task A_school_not_enrolled_anywhere_cannot_be_transferred_nor_to_the_tenant_that_holds_it()
    {
        var data = await host.RegisterAsync();
        var school = await School(data.Urn).Get();
        var notEnrolled = await Assert.ThrowsAsync<InvalidTransitionException>(() => School(data.Urn).TransferSource(Guid.NewGuid(), school.ETag));
        var holder = Guid.NewGuid();
        var held = await School(data.Urn).ClaimEnrolment(holder);

        var same = await Assert.ThrowsAsync<RuleViolationException>(() => School(data.Urn).TransferSource(holder, held.ETag));

        Assert.Equal("not-enrolled", notEnrolled.From);
        Assert.Equal("school-already-enrolled-there", same.Rule);
    }
}
