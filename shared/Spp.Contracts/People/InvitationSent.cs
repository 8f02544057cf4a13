namespace Spp.Contracts.People;

/// <summary>An invitation was sent. The e-mail address stays in the grain; notifications ask for it on an internal route.</summary>
/// <param name="TenantId">The tenant the role is in, or null for a host-admin invitation.</param>
/// <param name="HostId">The host the role is in, or null for a tenant invitation.</param>
/// <param name="Role">The role's name, e.g. <c>tenant-admin</c>, <c>school-member:100001:Headteacher</c>.</param>
public sealed record InvitationSent(Guid InvitationId, Guid? TenantId, Guid? HostId, string Role, Guid InvitedBy, DateTimeOffset ExpiresAt);
