using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.Invitations;
using Spp.Improvement.People;
using Spp.Improvement.Tests.People.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>The invitation grain's rules, through the real grain runtime.</summary>
public sealed class InvitationGrainTests(PeopleGrainHost host) : IClassFixture<PeopleGrainHost>
{
    private IInvitationGrain Invitation(Guid id) => host.Grains.GetGrain<IInvitationGrain>(id);

    [Fact]
    public async Task Sending_waits_on_the_address_lasts_thirty_days_and_a_repeat_changes_nothing()
    {
        var id = Guid.CreateVersion7();
        var tenantId = Guid.CreateVersion7();
        var email = $"i{Guid.NewGuid():N}@school.example";

        var sent = await Invitation(id).Send(email, RoleGrant.FacilitatorIn(tenantId), Guid.CreateVersion7());
        var again = await Invitation(id).Send(email.ToUpperInvariant(), RoleGrant.FacilitatorIn(tenantId), Guid.CreateVersion7());

        Assert.Equal((InvitationStatus.Pending, sent.SentAt + TimeSpan.FromDays(30)), (sent.Status, sent.ExpiresAt));
        Assert.Equal(sent, again);
        Assert.Equal([id], await host.Grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(email)).PendingInvitations());
        Assert.Contains(id, (await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.InvitationsOf(tenantId)).Page(null, 50)).Ids);
        Assert.Equal(["InvitationSent"], await host.EventTypesOfAsync("invitation", id));
    }

    [Fact]
    public async Task Sending_another_role_under_an_existing_id_breaks_invitation_exists()
    {
        var id = Guid.CreateVersion7();
        var tenantId = Guid.CreateVersion7();
        await Invitation(id).Send("x@school.example", RoleGrant.FacilitatorIn(tenantId), Guid.CreateVersion7());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Invitation(id).Send("x@school.example", RoleGrant.TenantAdminOf(tenantId), Guid.CreateVersion7()));

        Assert.Equal("invitation-exists", error.Rule);
    }

    [Fact]
    public async Task Revoking_takes_it_off_the_address_and_a_second_revoke_is_an_illegal_transition()
    {
        var id = Guid.CreateVersion7();
        var email = $"r{Guid.NewGuid():N}@school.example";
        var sent = await Invitation(id).Send(email, RoleGrant.HostAdminOf(Guid.CreateVersion7()), Guid.CreateVersion7());

        var revoked = await Invitation(id).Revoke(Guid.CreateVersion7(), sent.ETag);

        Assert.Equal(InvitationStatus.Revoked, revoked.Status);
        Assert.Empty(await host.Grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(email)).PendingInvitations());
        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Invitation(id).Revoke(Guid.CreateVersion7(), revoked.ETag));
        Assert.Equal("Revoked", error.From);
        Assert.Equal(["InvitationSent", "InvitationRevoked"], await host.EventTypesOfAsync("invitation", id));
    }

    [Fact]
    public async Task Accepting_is_idempotent_for_the_same_person_and_leaves_it_to_no_one_else()
    {
        var id = Guid.CreateVersion7();
        var person = Guid.CreateVersion7();
        await Invitation(id).Send("a@school.example", RoleGrant.TenantAdminOf(Guid.CreateVersion7()), Guid.CreateVersion7());

        var accepted = await Invitation(id).Accept(person);
        var again = await Invitation(id).Accept(person);
        var someoneElse = await Invitation(id).Accept(Guid.CreateVersion7());

        Assert.Equal((InvitationStatus.Accepted, (Guid?)person), (accepted.Status, accepted.AcceptedBy));
        Assert.Equal(accepted, again);
        Assert.Equal(person, someoneElse.AcceptedBy);
        Assert.Equal(["InvitationSent", "InvitationAccepted"], await host.EventTypesOfAsync("invitation", id));
    }

    [Fact]
    public async Task An_invalid_address_or_incomplete_role_breaks_invitation_invalid()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Invitation(Guid.CreateVersion7()).Send("not an address", RoleGrant.FacilitatorIn(Guid.CreateVersion7()), Guid.CreateVersion7()));
        var incomplete = await Assert.ThrowsAsync<RuleViolationException>(() => Invitation(Guid.CreateVersion7()).Send("ok@school.example", new RoleGrant(RoleGrantKind.SchoolMember, null, Guid.CreateVersion7(), null, null), Guid.CreateVersion7()));

        Assert.Equal(("invitation-invalid", "invitation-invalid"), (error.Rule, incomplete.Rule));
    }
}
