using Spp.Contracts.People;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;

namespace Spp.Improvement.Invitations;

/// <inheritdoc cref="IInvitationGrain"/>
[GrainType("invitation")]
public sealed class InvitationGrain(IGrainFactory grains, TimeProvider time) : Grain<InvitationState>, IInvitationGrain
{
    protected override Guid? EventTenantId => State.Role?.TenantId;

    public async Task<InvitationView> Send(string email, RoleGrant role, Guid invitedBy)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (EmailAddress.Problem(email) is not null || !role.IsWellFormed)
        {
            throw new RuleViolationException("invitation-invalid", "An invitation needs a valid e-mail address and a complete role.");
        }

        var normalised = EmailAddress.Normalise(email);
        if (Exists)
        {
            if (State.Email != normalised || State.Role != role)
            {
                throw new RuleViolationException("invitation-exists", "A different invitation already exists with this id.");
            }

            // A retried send: make sure the indexes know of it, then answer the first result.
            LeaveUnchanged();
            await IndexAsync();
            return View();
        }

        if (role.Kind == RoleGrantKind.SchoolMember)
        {
            await EnsureEnrolledAsync(role.TenantId!.Value, role.Urn!.Value);
        }

        State.Email = normalised;
        State.Role = role;
        State.Status = InvitationStatus.Pending;
        State.InvitedBy = invitedBy;
        State.SentAt = time.GetUtcNow();
        State.ExpiresAt = State.SentAt + InvitationRules.Lifetime;

        // The indexes before the event: both calls are idempotent, so a failed turn leaves at most
        // an index entry that the person's sign-in or the list skips as unknown.
        await IndexAsync();
        Raise(new InvitationSent(GetPrimaryKey(), role.TenantId, role.HostId, role.Name, invitedBy, State.ExpiresAt));
        return View();
    }

    public Task<InvitationView> Get() => Task.FromResult(EnsureExists().View());

    public Task<InvitationView> Accept(Guid personId)
    {
        EnsureExists();
        if (CurrentStatus() != InvitationStatus.Pending)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.Status = InvitationStatus.Accepted;
        State.AcceptedBy = personId;
        State.AcceptedAt = time.GetUtcNow();
        Raise(new InvitationAccepted(GetPrimaryKey(), State.Role!.TenantId, State.Role.HostId, State.Role.Name, personId));
        return Task.FromResult(View());
    }

    public async Task<InvitationView> Revoke(Guid revokedBy, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        var status = CurrentStatus();
        if (status != InvitationStatus.Pending)
        {
            throw new InvalidTransitionException(status.ToString(), "revoke");
        }

        await grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(State.Email)).RemoveInvitation(GetPrimaryKey());
        State.Status = InvitationStatus.Revoked;
        State.RevokedBy = revokedBy;
        Raise(new InvitationRevoked(GetPrimaryKey(), State.Role!.TenantId, State.Role.HostId, State.Role.Name, revokedBy));
        return View();
    }

    private async Task EnsureEnrolledAsync(Guid tenantId, int urn)
    {
        try
        {
            if ((await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn)).Get()).Status == EnrolmentStatus.Active)
            {
                return;
            }
        }
        catch (GrainNotFoundException)
        {
            // Never enrolled: the same rule as an ended enrolment.
        }

        throw new RuleViolationException("school-not-enrolled", $"School {urn} is not enrolled with this tenant.");
    }

    private async Task IndexAsync()
    {
        var id = GetPrimaryKey();
        await grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(State.Email)).AddInvitation(id);
        if (State.Role!.TenantId is { } tenantId)
        {
            await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.InvitationsOf(tenantId)).Add(id);
        }
    }

    /// <summary>Expiry is read from the clock rather than stored by a timer: a pending invitation past its date is expired.</summary>
    private InvitationStatus CurrentStatus() =>
        State.Status == InvitationStatus.Pending && time.GetUtcNow() >= State.ExpiresAt ? InvitationStatus.Expired : State.Status;

    private InvitationGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The invitation");

    private InvitationView View() => new(
        GetPrimaryKey(), State.Email, State.Role!, State.Role!.Name, CurrentStatus(), State.InvitedBy, State.SentAt, State.ExpiresAt, State.AcceptedBy, State.AcceptedAt, ETag);
}
