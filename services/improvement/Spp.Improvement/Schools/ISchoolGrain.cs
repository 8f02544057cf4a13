using Spp.Grains;

namespace Spp.Improvement.Schools;

/// <summary>
/// A school in the national register, keyed by its URN (as a string): public reference data held
/// once for the country, and which tenant (if any) has it enrolled now. The school is the one place
/// that decides which tenant holds it, so "one tenant at a time" needs no index across grains.
/// </summary>
/// <remarks>
/// Calls between grains go one way only: enrolment grains call the school; the school never calls an
/// enrolment (the runtime runs one call at a time per grain, so calls both ways could wait on each other).
/// </remarks>
public interface ISchoolGrain : IGrainWithStringKey
{
    /// <summary>The school as the register holds it; <see cref="GrainNotFoundException"/> when the URN is not registered.</summary>
    [ReadOnly]
    Task<SchoolView> Get();

    /// <summary>
    /// Registers the school or updates its register data. Unchanged data writes nothing and raises
    /// nothing, so a re-import of the same file is free of side effects.
    /// </summary>
    Task<RegisterOutcome> Register(SchoolRegisterData data);

    /// <summary>
    /// Records that <paramref name="tenantId"/> enrols the school: rule <c>school-not-in-register</c> when the URN
    /// is unknown, <c>school-closed</c> when the register says it closed, <c>school-enrolled-elsewhere</c> when
    /// another tenant holds it. Idempotent for the tenant that holds it.
    /// </summary>
    Task<SchoolView> ClaimEnrolment(Guid tenantId);

    /// <summary>Lets go of the school when <paramref name="tenantId"/> holds it; otherwise changes nothing.</summary>
    Task<SchoolView> ReleaseEnrolment(Guid tenantId);

    /// <summary>
    /// Checks a transfer to <paramref name="toTenantId"/> based on <paramref name="ifMatch"/> and returns the
    /// tenant it moves from. A retry of a transfer that already moved the school names the same source.
    /// </summary>
    [ReadOnly]
    Task<Guid> TransferSource(Guid toTenantId, string? ifMatch);

    /// <summary>Moves the school from <paramref name="fromTenantId"/> to <paramref name="toTenantId"/>; idempotent for a retry with the same <paramref name="ifMatch"/>.</summary>
    Task<SchoolView> Transfer(Guid fromTenantId, Guid toTenantId, string? ifMatch);
}

/// <summary>A school of the national register.</summary>
/// <param name="EnrolledTenantId">The tenant the school is enrolled with now, or null.</param>
public sealed record SchoolView(
    int Urn,
    string Name,
    EducationPhase EducationPhase,
    string LocalAuthority,
    string Region,
    string? Trust,
    string Status,
    Guid? EnrolledTenantId,
    string ETag);
