using System.Globalization;
using Spp.Contracts.Schools;
using Spp.Grains;

namespace Spp.Improvement.Schools;

/// <inheritdoc cref="ISchoolGrain"/>
/// <remarks>
/// Holding or releasing an enrolment raises nothing here: the tenant's enrolment grain raises
/// <see cref="SchoolEnrolled"/> / <see cref="SchoolWithdrawn"/> for the same change, with the tenant id the
/// consumers route on. Register data and transfers are national facts and are raised here.
/// </remarks>
[GrainType("school")]
public sealed class SchoolGrain(TimeProvider time) : Grain<SchoolState>, ISchoolGrain
{
    public Task<SchoolView> Get() => Task.FromResult(EnsureRegistered().View());

    public Task<RegisterOutcome> Register(SchoolRegisterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Urn != Urn || SchoolRegisterRules.Validate(data).Count > 0)
        {
            throw new RuleViolationException("school-register-invalid", "The register data is not valid for this URN.");
        }

        if (Exists && Same(data))
        {
            LeaveUnchanged();
            return Task.FromResult(RegisterOutcome.Unchanged);
        }

        var outcome = Exists ? RegisterOutcome.Updated : RegisterOutcome.Registered;
        State.Urn = data.Urn;
        State.Name = data.Name;
        State.SearchName = SchoolNames.Fold(data.Name);
        State.EducationPhase = data.EducationPhase;
        State.LocalAuthority = data.LocalAuthority;
        State.Region = data.Region;
        State.Trust = data.Trust;
        State.Status = data.Status;
        State.OpenedOn = data.OpenedOn;
        State.ClosedOn = data.ClosedOn;
        var phase = data.EducationPhase.ToString();
        Raise(outcome == RegisterOutcome.Registered
            ? new SchoolRegistered(data.Urn, data.Name, phase, data.LocalAuthority, data.Region, data.Trust, data.Status, data.OpenedOn, data.ClosedOn)
            : new SchoolRegisterUpdated(data.Urn, data.Name, phase, data.LocalAuthority, data.Region, data.Trust, data.Status, data.OpenedOn, data.ClosedOn));
        return Task.FromResult(outcome);
    }

    public Task<SchoolView> ClaimEnrolment(Guid tenantId)
    {
        if (!Exists)
        {
            throw new RuleViolationException("school-not-in-register", $"No school with URN {GrainKey} is in the national register.");
        }

        if (State.EnrolledTenantId == tenantId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        if (State.EnrolledTenantId is not null)
        {
            throw new RuleViolationException("school-enrolled-elsewhere", "The school is enrolled with another delivery partner; a move between partners goes through the national team.");
        }

        if (SchoolRegisterRules.IsClosed(State.Status))
        {
            throw new RuleViolationException("school-closed", "The register says this school has closed.");
        }

        State.EnrolledTenantId = tenantId;
        return Task.FromResult(View());
    }

    public Task<SchoolView> ReleaseEnrolment(Guid tenantId)
    {
        EnsureRegistered();
        if (State.EnrolledTenantId != tenantId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.EnrolledTenantId = null;
        return Task.FromResult(View());
    }

    public Task<Guid> TransferSource(Guid toTenantId, string? ifMatch)
    {
        EnsureRegistered();
        if (IsRetryOf(toTenantId, ifMatch))
        {
            return Task.FromResult(State.LastTransfer!.From);
        }

        EnsureETag(ifMatch);
        return Task.FromResult(CheckTransfer(toTenantId));
    }

    public Task<SchoolView> Transfer(Guid fromTenantId, Guid toTenantId, string? ifMatch)
    {
        EnsureRegistered();
        if (IsRetryOf(toTenantId, ifMatch) && State.LastTransfer!.From == fromTenantId)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        EnsureETag(ifMatch);
        if (CheckTransfer(toTenantId) != fromTenantId)
        {
            throw new InvalidTransitionException("enrolled-with-another-tenant", "transfer");
        }

        State.EnrolledTenantId = toTenantId;
        State.LastTransfer = new SchoolTransferRecord(fromTenantId, toTenantId, ETagOf(ifMatch), time.GetUtcNow());
        Raise(new SchoolTransferred(Urn, fromTenantId, toTenantId));
        return Task.FromResult(View());
    }

    private Guid CheckTransfer(Guid toTenantId) => State.EnrolledTenantId switch
    {
        null => throw new InvalidTransitionException("not-enrolled", "transfer"),
        { } from when from == toTenantId => throw new RuleViolationException("school-already-enrolled-there", "The school is already enrolled with that delivery partner."),
        { } from => from,
    };

    // A retried request carries the ETag the first attempt was based on; once the school moved, that
    // ETag is stale, but the request is the same one and gets the same answer.
    private bool IsRetryOf(Guid toTenantId, string? ifMatch) =>
        State.LastTransfer is { } last && last.To == toTenantId && State.EnrolledTenantId == toTenantId && ifMatch is not null && last.BasedOn == ETagOf(ifMatch);

    private string ETagOf(string? ifMatch) => ifMatch is null or "*" ? ETag : ifMatch.Trim();

    private bool Same(SchoolRegisterData data) =>
        State.Name == data.Name && State.EducationPhase == data.EducationPhase && State.LocalAuthority == data.LocalAuthority
        && State.Region == data.Region && State.Trust == data.Trust && State.Status == data.Status
        && State.OpenedOn == data.OpenedOn && State.ClosedOn == data.ClosedOn;

    private int Urn => int.TryParse(GrainKey, NumberStyles.None, CultureInfo.InvariantCulture, out var urn) ? urn : 0;

    private SchoolGrain EnsureRegistered() => Exists ? this : throw new GrainNotFoundException("The school");

    private SchoolView View() => new(
        State.Urn, State.Name, State.EducationPhase, State.LocalAuthority, State.Region, State.Trust, State.Status, State.EnrolledTenantId, ETag);
}
