namespace Spp.Contracts.Schools;

/// <summary>A tenant enrolled a school (again, after a withdrawal, or as the receiving end of a transfer).</summary>
/// <param name="TransferredFromTenantId">The tenant the school came from when a transfer enrolled it, otherwise null.</param>
public sealed record SchoolEnrolled(Guid TenantId, int Urn, Guid? TransferredFromTenantId);
