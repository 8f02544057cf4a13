namespace Spp.Contracts.People;

/// <summary>An invitation was accepted when its addressee signed in.</summary>
public sealed record InvitationAccepted(Guid InvitationId, Guid? TenantId, Guid? HostId, string Role, Guid PersonId);
