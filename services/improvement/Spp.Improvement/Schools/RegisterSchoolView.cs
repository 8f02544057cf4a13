namespace Spp.Improvement.Schools;

/// <summary>A school of the national register as a tenant sees it: public data and whether it can enrol it.</summary>
/// <param name="Availability">Whether the school is free, enrolled with the caller's tenant, or with another (never which one).</param>
public sealed record RegisterSchoolView(
    int Urn,
    string Name,
    EducationPhase EducationPhase,
    string LocalAuthority,
    string Region,
    string? Trust,
    string Status,
    DateOnly? OpenedOn,
    DateOnly? ClosedOn,
    RegisterAvailability Availability)
{
    internal static RegisterSchoolView Of(SchoolState school, Guid tenantId) => new(
        school.Urn, school.Name, school.EducationPhase, school.LocalAuthority, school.Region, school.Trust, school.Status, school.OpenedOn, school.ClosedOn,
        school.EnrolledTenantId switch
        {
            null => RegisterAvailability.Available,
            { } holder when holder == tenantId => RegisterAvailability.EnrolledHere,
            _ => RegisterAvailability.EnrolledElsewhere,
        });
}

/// <summary>Whether a tenant can enrol a school of the register.</summary>
public enum RegisterAvailability
{
    /// <summary>No tenant has it enrolled.</summary>
    Available,

    /// <summary>The caller's tenant has it enrolled.</summary>
    EnrolledHere,

    /// <summary>Another tenant has it enrolled; a move goes through the national team.</summary>
    EnrolledElsewhere,
}
