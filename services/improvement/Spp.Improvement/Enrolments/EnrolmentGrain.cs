using Spp.Contracts.Schools;
using Spp.Grains;
using Spp.Improvement.People;
using Spp.Improvement.Schools;

namespace Spp.Improvement.Enrolments;

/// <inheritdoc cref="IEnrolmentGrain"/>
/// <remarks>
/// Enrolling holds the school at its <see cref="ISchoolGrain"/> before anything is written here, and
/// withdrawing releases it first: calls between grains are not transactional, so each step is
/// idempotent and a retry of the same request converges.
/// </remarks>
[GrainType("enrolment")]
public sealed class EnrolmentGrain(IGrainFactory grains, TimeProvider time) : Grain<EnrolmentState>, IEnrolmentGrain
{
    protected override Guid? EventTenantId => Key.TenantId;

    private (Guid TenantId, int Urn) Key =>
        EnrolmentKey.TryParse(GrainKey, out var tenantId, out var urn) ? (tenantId, urn) : throw new GrainNotFoundException("The enrolment");

    public Task<EnrolmentView> Get() => Task.FromResult(EnsureExists().View());

    public async Task<EnrolmentView> Enrol()
    {
        if (Exists && State.Status == EnrolmentStatus.Active)
        {
            LeaveUnchanged();
            return View();
        }

        await Begin(Exists ? EnrolmentHistory.Reenrolled : EnrolmentHistory.Enrolled, null);
        return View();
    }

    public async Task<EnrolmentView> EnrolByTransfer(Guid fromTenantId)
    {
        if (Exists && State.Status == EnrolmentStatus.Active)
        {
            LeaveUnchanged();
            return View();
        }

        await Begin(EnrolmentHistory.TransferredIn, fromTenantId);
        return View();
    }

    public async Task<EnrolmentView> Withdraw(string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        EnsureCanEnd("withdraw");
        await grains.GetGrain<ISchoolGrain>(Key.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture)).ReleaseEnrolment(Key.TenantId);
        End(EnrolmentHistory.Withdrawn, null);
        return View();
    }

    public Task<EnrolmentView> EndByTransfer(Guid toTenantId)
    {
        EnsureExists();
        if (State.Status == EnrolmentStatus.Ended && State.TransferredTo == toTenantId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        // The school grain hands the school over; it is not released here, or another tenant could take it in between.
        EnsureCanEnd("transfer");
        End(EnrolmentHistory.TransferredOut, toTenantId);
        return Task.FromResult(View());
    }

    public Task<EnrolmentView> JoinPartnership(Guid partnershipId)
    {
        EnsureExists();
        if (State.PartnershipId == partnershipId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        if (State.Status == EnrolmentStatus.Ended)
        {
            throw new InvalidTransitionException(nameof(EnrolmentStatus.Ended), "join a partnership");
        }

        if (State.PartnershipId is not null)
        {
            throw new RuleViolationException("school-in-another-partnership", "The school is already in another partnership; it must leave that one first.");
        }

        State.PartnershipId = partnershipId;
        Note(EnrolmentHistory.JoinedPartnership, partnershipId);
        Raise(new SchoolJoinedPartnership(Key.TenantId, Key.Urn, partnershipId));
        return Task.FromResult(View());
    }

    public Task<EnrolmentView> LeavePartnership(Guid partnershipId)
    {
        EnsureExists();
        if (State.PartnershipId != partnershipId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.PartnershipId = null;
        Note(EnrolmentHistory.LeftPartnership, partnershipId);
        Raise(new SchoolLeftPartnership(Key.TenantId, Key.Urn, partnershipId));
        return Task.FromResult(View());
    }

    public Task<EnrolmentView> SetStaffMember(Guid personId, SchoolRole? role)
    {
        EnsureExists();
        var current = State.Staff.FindIndex(s => s.PersonId == personId);
        if ((current < 0 && role is null) || (current >= 0 && State.Staff[current].Role == role))
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        // Removing someone is always possible (e.g. when they leave after the school was withdrawn); adding is not.
        if (role is not null && State.Status == EnrolmentStatus.Ended)
        {
            throw new InvalidTransitionException(nameof(EnrolmentStatus.Ended), "set a staff member");
        }

        if (current >= 0)
        {
            State.Staff.RemoveAt(current);
        }

        if (role is { } given)
        {
            State.Staff.Add(new StaffMemberView(personId, given));
        }

        Raise(new SchoolStaffChanged(Key.TenantId, Key.Urn, personId, role?.ToString()));
        return Task.FromResult(View());
    }

    private async Task Begin(string what, Guid? fromTenantId)
    {
        var (tenantId, urn) = Key;
        var school = await grains.GetGrain<ISchoolGrain>(urn.ToString(System.Globalization.CultureInfo.InvariantCulture)).ClaimEnrolment(tenantId);
        await grains.GetGrain<ITenantEnrolmentsGrain>(tenantId).Add(urn);
        State.TenantId = tenantId;
        State.Urn = urn;
        State.SchoolName = school.Name;
        State.Status = EnrolmentStatus.Active;
        State.TransferredTo = null;
        Note(what, null);
        Raise(new SchoolEnrolled(tenantId, urn, fromTenantId));
    }

    private void EnsureCanEnd(string action)
    {
        if (State.Status == EnrolmentStatus.Ended)
        {
            throw new InvalidTransitionException(nameof(EnrolmentStatus.Ended), action);
        }

        if (State.PartnershipId is not null)
        {
            throw new RuleViolationException("school-in-partnership", "The school is in a partnership; it must leave the partnership first.");
        }
    }

    private void End(string what, Guid? toTenantId)
    {
        State.Status = EnrolmentStatus.Ended;
        State.TransferredTo = toTenantId;
        Note(what, null);
        Raise(new SchoolWithdrawn(Key.TenantId, Key.Urn, toTenantId));
    }

    private void Note(string what, Guid? partnershipId) => State.History.Add(new EnrolmentHistoryEntry(time.GetUtcNow(), what, partnershipId));

    private EnrolmentGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The enrolment");

    private EnrolmentView View() => new(State.TenantId, State.Urn, State.SchoolName, State.Status, State.PartnershipId, [.. State.Staff], [.. State.History], ETag);
}
