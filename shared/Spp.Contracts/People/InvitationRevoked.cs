namespace Spp.Contracts.People;

/// <summary>A pending invitation was withdrawn.</summary>
public sealed record InvitationRevoked(Guid InvitationId, Guid? TenantId, Guid? HostId, string Role, Guid RevokedBy);
