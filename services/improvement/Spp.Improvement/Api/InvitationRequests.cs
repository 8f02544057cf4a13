using Spp.Improvement.People;

namespace Spp.Improvement.Api;

/// <summary>
/// The body of <c>POST /api/v1/invitations</c>: the address and the role in the caller's tenant
/// (<c>TenantAdmin</c>, <c>Facilitator</c>, or <c>SchoolMember</c> with <c>urn</c> and <c>schoolRole</c>).
/// </summary>
public sealed record CreateInvitationRequest(string? Email, RoleGrantKind? Role, int? Urn, SchoolRole? SchoolRole);

/// <summary>The body of the host-admin invitation routes: the address to invite.</summary>
public sealed record CreateHostInvitationRequest(string? Email);
