namespace Spp.Contracts.Schools;

/// <summary>The national team moved a school's enrolment from one tenant to another.</summary>
public sealed record SchoolTransferred(int Urn, Guid FromTenantId, Guid ToTenantId);
