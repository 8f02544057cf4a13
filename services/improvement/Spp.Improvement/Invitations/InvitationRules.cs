namespace Spp.Improvement.Invitations;

/// <summary>How long invitations last.</summary>
public static class InvitationRules
{
    /// <summary>An invitation not accepted within this time expires.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
}
