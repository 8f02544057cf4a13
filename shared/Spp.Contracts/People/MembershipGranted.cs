namespace Spp.Contracts.People;

/// <summary>A person became a member of a tenant.</summary>
/// <param name="Roles">Tenant-level roles: tenant-admin, facilitator, school-member:{urn}.</param>
/// <param name="SchoolRoles">The role in each school, written <c>{urn}:{role}</c>.</param>
public sealed record MembershipGranted(Guid PersonId, Guid TenantId, IReadOnlyList<string> Roles, IReadOnlyList<string> SchoolRoles);
