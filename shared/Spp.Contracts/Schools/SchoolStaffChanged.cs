namespace Spp.Contracts.Schools;

/// <summary>A person's role in an enrolled school's staff was set or (with a null role) removed. Ids and the role only.</summary>
/// <param name="Role">The role now, e.g. <c>Headteacher</c>, or null when the person left the staff.</param>
public sealed record SchoolStaffChanged(Guid TenantId, int Urn, Guid PersonId, string? Role);
