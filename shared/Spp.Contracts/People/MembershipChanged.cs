namespace Spp.Contracts.People;

/// <summary>A member's roles in a tenant changed; the lists are the roles held now.</summary>
/// <param name="Roles">Tenant-level roles: tenant-admin, facilitator, school-member:{urn}.</param>
/// <param name="SchoolRoles">The role in each school, written <c>{urn}:{role}</c>.</param>
public sealed record MembershipChanged(Guid PersonId, Guid TenantId, IReadOnlyList<string> Roles, IReadOnlyList<string> SchoolRoles);
