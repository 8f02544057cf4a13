using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Invitations;

/// <summary>
/// An invitation by e-mail to take a role, keyed by its id. No account is made in advance: the
/// invitation waits on the address and is accepted on the first sign-in with it.
/// </summary>
public interface IInvitationGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Sends the invitation (the address learns of it; notifications e-mail it). Sending again with the
    /// same address and role returns it unchanged; rule <c>school-not-enrolled</c> for a school the
    /// tenant has not enrolled.
    /// </summary>
    Task<InvitationView> Send(string email, RoleGrant role, Guid invitedBy);

    /// <summary>The invitation as it is now (a pending one past its expiry reads as expired).</summary>
    [ReadOnly]
    Task<InvitationView> Get();

    /// <summary>
    /// Accepts a pending invitation for <paramref name="personId"/>; idempotent for that person. An
    /// invitation that expired, was revoked or was accepted by someone else is returned as it is.
    /// </summary>
    Task<InvitationView> Accept(Guid personId);

    /// <summary>Withdraws a pending invitation; 409 from any other status.</summary>
    Task<InvitationView> Revoke(Guid revokedBy, string? ifMatch);
}

/// <summary>Where an invitation stands.</summary>
public enum InvitationStatus
{
    /// <summary>Waiting for a sign-in with the address.</summary>
    Pending,

    /// <summary>Accepted: the role was given.</summary>
    Accepted,

    /// <summary>Withdrawn before it was accepted.</summary>
    Revoked,

    /// <summary>Not accepted within <see cref="InvitationRules.Lifetime"/>.</summary>
    Expired,
}

/// <summary>An invitation as the API returns it to those who may manage it.</summary>
public sealed record InvitationView(
    Guid Id,
    string Email,
    RoleGrant Role,
    string RoleName,
    InvitationStatus Status,
    Guid InvitedBy,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    Guid? AcceptedBy,
    DateTimeOffset? AcceptedAt,
    string ETag);
