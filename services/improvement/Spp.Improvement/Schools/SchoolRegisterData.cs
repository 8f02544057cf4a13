namespace Spp.Improvement.Schools;

/// <summary>One school's data as the national register (GIAS) publishes it.</summary>
/// <param name="Status">GIAS "EstablishmentStatus (name)", e.g. <c>Open</c> or <c>Closed</c>.</param>
public sealed record SchoolRegisterData(
    int Urn,
    string Name,
    EducationPhase EducationPhase,
    string LocalAuthority,
    string Region,
    string? Trust,
    string Status,
    DateOnly? OpenedOn,
    DateOnly? ClosedOn);
