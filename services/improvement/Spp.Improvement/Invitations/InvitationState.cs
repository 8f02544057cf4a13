using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Invitations;

/// <summary>What an invitation grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class InvitationState
{
    /// <summary>The normalised address; personal data, never in events.</summary>
    public string Email { get; set; } = string.Empty;

    public RoleGrant? Role { get; set; }

    public InvitationStatus Status { get; set; }

    public Guid InvitedBy { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? RevokedBy { get; set; }
}
