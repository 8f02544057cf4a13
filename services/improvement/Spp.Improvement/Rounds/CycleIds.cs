using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spp.Improvement.Rounds;

/// <summary>
/// The id of a school's review cycle in a round, derived (name-based, UUIDv5-style) from the round id
/// and the URN: a retried start addresses the same cycles, with nothing to remember in between.
/// </summary>
public static class CycleIds
{
    // A fixed namespace so that these ids never collide with names hashed for another purpose.
    private static readonly Guid Namespace = new("6f1d3a52-8c4e-4b8e-9a51-3c2f7d0e4b19");

    /// <summary>The cycle of school <paramref name="urn"/> in round <paramref name="roundId"/>.</summary>
    public static Guid For(Guid roundId, int urn)
    {
        var name = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"review-cycle/{roundId:N}/{urn}"));
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(name).ToArray();

        // SHA-1 is what RFC 9562 prescribes for version 5 ids; it names, it does not protect anything.
#pragma warning disable CA5350
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        var id = hash.AsSpan(0, 16).ToArray();
        id[6] = (byte)((id[6] & 0x0F) | 0x50);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return new Guid(id, bigEndian: true);
    }
}
