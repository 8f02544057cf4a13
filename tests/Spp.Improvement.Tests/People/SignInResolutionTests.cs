using Spp.Contracts.Identity;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.Invitations;
using Spp.Improvement.People;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.People.Support;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>Sign-in resolution through the real grains: linking, registering, and accepting what waits on an address.</summary>
public sealed class SignInResolutionTests(PeopleGrainHost host) : IClassFixture<PeopleGrainHost>
{
    private static string NewEmail() => $"p{Guid.NewGuid():N}@school.example";

    private async Task<Guid> InviteAsync(string email, RoleGrant role)
    {
        var id = Guid.CreateVersion7();
        await host.Grains.GetGrain<IInvitationGrain>(id).Send(email, role, Guid.CreateVersion7());
        return id;
    }

    [Fact]
    public async Task A_first_sign_in_registers_the_person_once_and_the_next_finds_them_again()
    {
        var email = NewEmail();

        var first = await host.SignInAsync(email, subject: "subject-1-" + email);
        var second = await host.SignInAsync(email.ToUpperInvariant(), subject: "subject-1-" + email);

        Assert.Equal(first.PersonId, second.PersonId);
        Assert.Empty(second.PlatformRoles);
        Assert.Empty(second.Memberships);
        var person = await host.Person(first.PersonId).Get();
        Assert.Equal((email, "Sam Example"), (person.Email, person.DisplayName));
        Assert.Equal(["PersonRegistered"], await host.EventTypesOfAsync("person", first.PersonId));
    }

    [Fact]
    public async Task Concurrent_first_sign_ins_of_one_identity_agree_on_one_person()
    {
        var email = NewEmail();

        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.SignInAsync(email, subject: "same-subject-" + email)));

        Assert.Single(all.Select(r => r.PersonId).Distinct());
        Assert.Equal(["PersonRegistered"], await host.EventTypesOfAsync("person", all[0].PersonId));
    }

    [Fact]
    public async Task Another_identity_with_a_known_email_signs_in_as_the_same_person()
    {
        var email = NewEmail();
        var first = await host.SignInAsync(email, issuer: "https://one.example");

        var other = await host.SignInAsync(email, issuer: "https://two.example");

        Assert.Equal(first.PersonId, other.PersonId);
        Assert.Equal(2, (await host.Person(first.PersonId).Export()).SignInIdentities.Count);
    }

    [Fact]
    public async Task An_identity_without_an_email_still_gets_a_person_of_its_own()
    {
        var resolution = await host.SignInAsync(email: null);

        var person = await host.Person(resolution.PersonId).Get();
        Assert.Equal((string.Empty, "Sam Example"), (person.Email, person.DisplayName));
    }

    [Fact]
    public async Task A_pending_tenant_invitation_is_accepted_on_the_first_sign_in_with_its_email()
    {
        var email = NewEmail();
        var tenantId = Guid.CreateVersion7();
        var admin = await InviteAsync(email, RoleGrant.TenantAdminOf(tenantId));
        var facilitator = await InviteAsync(email.ToUpperInvariant(), RoleGrant.FacilitatorIn(tenantId));

        var resolution = await host.SignInAsync(email);

        var membership = Assert.Single(resolution.Memberships);
        Assert.Equal(tenantId, membership.TenantId);
        Assert.Equal([PlatformRoles.TenantAdmin, PlatformRoles.Facilitator], membership.Roles);
        var invitation = await host.Grains.GetGrain<IInvitationGrain>(admin).Get();
        Assert.Equal((InvitationStatus.Accepted, resolution.PersonId), (invitation.Status, invitation.AcceptedBy!.Value));
        Assert.Equal(InvitationStatus.Accepted, (await host.Grains.GetGrain<IInvitationGrain>(facilitator).Get()).Status);
        Assert.Contains(resolution.PersonId, (await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.MembersOf(tenantId)).Page(null, 10)).Ids);
        Assert.Equal(["PersonRegistered", "MembershipGranted", "MembershipChanged"], await host.EventTypesOfAsync("person", resolution.PersonId));
    }

    [Fact]
    public async Task A_person_already_known_gets_an_invitation_sent_later_on_their_next_sign_in()
    {
        var email = NewEmail();
        var hostId = Guid.CreateVersion7();
        var first = await host.SignInAsync(email, subject: "known-" + email);
        await InviteAsync(email, RoleGrant.HostAdminOf(hostId));

        var next = await host.SignInAsync(email, subject: "known-" + email);

        Assert.Equal(first.PersonId, next.PersonId);
        Assert.Equal([PlatformRoles.HostAdminOf(hostId)], next.PlatformRoles);
    }

    [Fact]
    public async Task A_revoked_invitation_gives_nothing_and_an_expired_one_neither()
    {
        var email = NewEmail();
        var revoked = await InviteAsync(email, RoleGrant.TenantAdminOf(Guid.CreateVersion7()));
        var grain = host.Grains.GetGrain<IInvitationGrain>(revoked);
        await grain.Revoke(Guid.CreateVersion7(), (await grain.Get()).ETag);
        var expiring = await InviteAsync(email, RoleGrant.FacilitatorIn(Guid.CreateVersion7()));
        host.Clock.Advance(InvitationRules.Lifetime + TimeSpan.FromMinutes(1));

        var resolution = await host.SignInAsync(email);

        Assert.Empty(resolution.Memberships);
        Assert.Equal(InvitationStatus.Revoked, (await grain.Get()).Status);
        Assert.Equal(InvitationStatus.Expired, (await host.Grains.GetGrain<IInvitationGrain>(expiring).Get()).Status);
    }

    [Fact]
    public async Task A_school_invitation_needs_the_school_enrolled_and_on_acceptance_joins_its_staff()
    {
        var tenantId = Guid.CreateVersion7();
        var urn = RegisterData.NewUrn();
        var email = NewEmail();
        var refused = await Assert.ThrowsAsync<Spp.Grains.RuleViolationException>(() => InviteAsync(email, RoleGrant.SchoolMemberOf(tenantId, urn, SchoolRole.Headteacher)));
        Assert.Equal("school-not-enrolled", refused.Rule);
        await host.Grains.GetGrain<ISchoolGrain>(urn.ToString(System.Globalization.CultureInfo.InvariantCulture)).Register(RegisterData.Of(urn));
        await host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn)).Enrol();
        await InviteAsync(email, RoleGrant.SchoolMemberOf(tenantId, urn, SchoolRole.Headteacher));

        var resolution = await host.SignInAsync(email);

        Assert.Equal([PlatformRoles.SchoolMember(urn)], Assert.Single(resolution.Memberships).Roles);
        var enrolment = await host.Grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn)).Get();
        Assert.Equal([resolution.PersonId], enrolment.Headteachers);
    }

    [Fact]
    public async Task A_national_team_grant_recorded_for_an_email_applies_on_sign_in()
    {
        var email = NewEmail();
        await host.Grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(email)).GrantNationalTeam();

        var resolution = await host.SignInAsync(email);

        Assert.Equal([PlatformRoles.NationalTeam], resolution.PlatformRoles);
    }

    [Fact]
    public async Task Events_of_sign_in_and_invitations_never_carry_the_email_or_the_name()
    {
        var email = NewEmail();
        await InviteAsync(email, RoleGrant.TenantAdminOf(Guid.CreateVersion7()));

        await host.SignInAsync(email);

        var outbox = await host.OutboxAsync();
        Assert.DoesNotContain(outbox, e => e.Payload.Contains(email, StringComparison.OrdinalIgnoreCase) || e.Payload.Contains("Sam Example", StringComparison.Ordinal) || e.GrainKey.Contains(email, StringComparison.OrdinalIgnoreCase));
    }
}
