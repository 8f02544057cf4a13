using Spp.Improvement.People;

namespace Spp.Improvement.Api;

/// <summary>
/// The body of <c>POST /api/v1/invitations</c>: the address and the role in the caller's tenant
/// (<c>TenantAdmin</c>, <c>Facilitator</c>, or <c>SchoolMember</c> with <c>urn</c> and <c>schoolRole</c>).
/// </summary>
public sealed record CreateInvitationRequest(string? Email, RoleGrantKind? Role, int? Urn, SchoolRole? SchoolRole);

/// <summary>The body of <c>POST /api/v1/platform/hosts/{hostId}/invitations</c>: the address of a host admin to invite.</summary>
public sealed record CreateHostInvitationRequest(string? Email);

/// <summary>
/// The body of <c>POST /api/v1/hosts/{hostId}/invitations</c>: without <c>tenantId</c>, a host admin;
/// with it, a role in that tenant of the host (as for <see cref="CreateInvitationRequest"/>), e.g. its first tenant admin.
/// </summary>
public sealed record CreateHostScopedInvitationRequest(string? Email, Guid? TenantId, RoleGrantKind? Role, int? Urn, SchoolRole? SchoolRole);
