namespace Spp.Contracts.Schools;

/// <summary>A school entered the national register. Register data is public (GIAS), so it travels in full.</summary>
/// <param name="EducationPhase">The phase of education as the register names it, e.g. <c>Primary</c>.</param>
/// <param name="Status">GIAS "EstablishmentStatus (name)", e.g. <c>Open</c>.</param>
public sealed record SchoolRegistered(
    int Urn,
    string Name,
    string EducationPhase,
    string LocalAuthority,
    string Region,
    string? Trust,
    string Status,
    DateOnly? OpenedOn,
    DateOnly? ClosedOn);
