namespace Spp.Contracts.Schools;

/// <summary>A tenant's enrolment of a school ended: withdrawn by the tenant, or transferred away.</summary>
/// <param name="TransferredToTenantId">The tenant that received the school when a transfer ended the enrolment, otherwise null.</param>
public sealed record SchoolWithdrawn(Guid TenantId, int Urn, Guid? TransferredToTenantId);
