using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spp.Improvement.Seeding;

/// <summary>
/// Ids of seeded things, derived from the seed and what they are (an RFC 9562 version 8 id over a
/// SHA-256 hash): a re-run addresses the same grains, so the grains' idempotent creates make it a no-op.
/// </summary>
public static class SeedIds
{
    /// <summary>The id of the thing called <paramref name="kind"/> with <paramref name="parts"/> in the dataset of <paramref name="seed"/>.</summary>
    public static Guid For(int seed, string kind, params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var name = string.Create(CultureInfo.InvariantCulture, $"spp-seed/{seed}/{kind}/{string.Join('/', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var id = hash.AsSpan(0, 16).ToArray();
        id[6] = (byte)((id[6] & 0x0F) | 0x80);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return new Guid(id, bigEndian: true);
    }

    /// <summary>A random number generator for one thing of the dataset, independent of the order things are seeded in.</summary>
    public static Random RandomFor(int seed, string kind, params object[] parts) =>
        new(BitConverter.ToInt32(For(seed, kind, parts).ToByteArray(), 0));
}
