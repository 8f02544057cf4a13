using Spp.Grains;

namespace Spp.Improvement.Schools;

/// <summary>
/// A school in the national register, keyed by its URN (as a string): public reference data held
/// once for the country, and which tenant (if any) has it enrolled now.
/// </summary>
public interface ISchoolGrain : IGrainWithStringKey
{
    /// <summary>The school as the register holds it; <see cref="GrainNotFoundException"/> when the URN is not registered.</summary>
    [ReadOnly]
    Task<SchoolView> Get();
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
