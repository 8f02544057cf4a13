namespace Spp.Contracts.Schools;

/// <summary>A school's register data changed (a re-import with new values); carries the data as it is now.</summary>
public sealed record SchoolRegisterUpdated(
    int Urn,
    string Name,
    string EducationPhase,
    string LocalAuthority,
    string Region,
    string? Trust,
    string Status,
    DateOnly? OpenedOn,
    DateOnly? ClosedOn);
