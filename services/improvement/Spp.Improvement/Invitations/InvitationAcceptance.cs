using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;

namespace Spp.Improvement.Invitations;

/// <summary>
/// Accepts the invitations waiting on an e-mail address for the person signing in with it, and
/// gives them the roles. Each step is idempotent, so an interrupted sign-in finishes on the next.
/// </summary>
internal sealed class InvitationAcceptance(IGrainFactory grains)
{
    /// <summary>Accepts what waits on <paramref name="address"/>; the person as they are after it, or null when nothing was accepted.</summary>
    public async Task<PersonView?> AcceptPendingAsync(Guid personId, IPersonByEmailGrain address)
    {
        var person = grains.GetGrain<IPersonGrain>(personId);
        PersonView? view = null;
        foreach (var id in await address.PendingInvitations())
        {
            var invitation = grains.GetGrain<IInvitationGrain>(id);
            if (await FindAsync(invitation) is not { } pending)
            {
                // Noted on the address by a send that did not complete: nothing to accept.
                await address.RemoveInvitation(id);
                continue;
            }

            var role = pending.Role;
            if (pending.Status == InvitationStatus.Pending && role.Kind == RoleGrantKind.SchoolMember && !await IsEnrolledAsync(role))
            {
                // The school left the tenant since the invitation was sent; it stays pending until it expires.
                continue;
            }

            var accepted = await invitation.Accept(personId);
            if (accepted.Status == InvitationStatus.Accepted && accepted.AcceptedBy == personId)
            {
                view = await person.Grant(role);
                await RecordMembershipAsync(personId, role);
            }

            await address.RemoveInvitation(id);
        }

        return view;
    }

    private async Task RecordMembershipAsync(Guid personId, RoleGrant role)
    {
        if (role.TenantId is not { } tenantId)
        {
            return;
        }

        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.MembersOf(tenantId)).Add(personId);
        if (role.Kind == RoleGrantKind.SchoolMember)
        {
            await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, role.Urn!.Value)).SetStaffMember(personId, role.SchoolRole);
        }
    }

    private static async Task<InvitationView?> FindAsync(IInvitationGrain invitation)
    {
        try
        {
            return await invitation.Get();
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    private async Task<bool> IsEnrolledAsync(RoleGrant role)
    {
        try
        {
            return (await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(role.TenantId!.Value, role.Urn!.Value)).Get()).Status == EnrolmentStatus.Active;
        }
        catch (GrainNotFoundException)
        {
            return false;
        }
    }
}
