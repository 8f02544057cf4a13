using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>
/// One external identity, keyed by <see cref="IdentityLinkKey.For"/>: the person it signs in as.
/// The first link wins, so concurrent first sign-ins of one identity agree on one person.
/// </summary>
public interface IIdentityLinkGrain : IGrainWithStringKey
{
    /// <summary>Links the identity to <paramref name="personId"/> unless it is linked already; answers the linked person.</summary>
    Task<Guid> Link(Guid personId);

    /// <summary>Drops the link if it points at <paramref name="personId"/> (erasure); idempotent.</summary>
    Task Unlink(Guid personId);

    /// <summary>The person this identity signs in as, if any.</summary>
    [ReadOnly]
    Task<Guid?> Person();

    /// <summary>
    /// The id to give a person first signing in with this identity: the same for every concurrent
    /// attempt, so they all register one person, and a fresh one after an erasure dropped the link.
    /// </summary>
    [ReadOnly]
    Task<Guid> NewPersonId();
}

/// <summary>Keys and names of external identities.</summary>
public static class IdentityLinkKey
{
    /// <summary>The identity as the person record lists it: <c>{issuer}|{subject}</c>.</summary>
    public static string Identity(string issuer, string subject) => $"{issuer}|{subject}";

    /// <summary>The grain key of an identity (a hash, so stored keys do not show subjects).</summary>
    public static string For(string identity) => EmailAddress.Hash("identity", identity);

    /// <summary>A person id derived from a link's key and how many times the link was dropped.</summary>
    internal static Guid NewPersonId(string linkKey, int generation)
    {
        var bytes = Convert.FromHexString(EmailAddress.Hash("person", FormattableString.Invariant($"{linkKey}#{generation}")).AsSpan(0, 32));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8 (custom), never mistaken for a v7
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
