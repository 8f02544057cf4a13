using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>
/// One e-mail address, keyed by <see cref="EmailAddress.Key"/>: the person who signs in with it,
/// the invitations waiting for it, and a national-team grant waiting for its first sign-in.
/// The one place that decides who holds an address (grains replace a unique index across grains).
/// </summary>
public interface IPersonByEmailGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="personId"/> unless someone holds it; answers the holder.</summary>
    Task<Guid> Claim(Guid personId);

    /// <summary>Gives the address up if <paramref name="personId"/> holds it (erasure); idempotent.</summary>
    Task Release(Guid personId);

    /// <summary>The person holding the address, if any.</summary>
    [ReadOnly]
    Task<Guid?> Owner();

    /// <summary>Notes an invitation to accept on the next sign-in with this address; idempotent.</summary>
    Task AddInvitation(Guid invitationId);

    /// <summary>Forgets an invitation that was accepted, revoked or has expired; idempotent.</summary>
    Task RemoveInvitation(Guid invitationId);

    /// <summary>Invitations waiting for this address.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Guid>> PendingInvitations();

    /// <summary>Records that whoever signs in with this address joins the national team.</summary>
    Task GrantNationalTeam();

    /// <summary>True when a national-team grant was recorded for this address.</summary>
    [ReadOnly]
    Task<bool> IsNationalTeamGranted();
}
