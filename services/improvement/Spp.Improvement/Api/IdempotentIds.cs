using System.Security.Cryptography;
using System.Text;

namespace Spp.Improvement.Api;

/// <summary>
/// Derives a new resource's id from the caller and its <c>Idempotency-Key</c>, so a retried create
/// addresses the same grain and gets the first result back, with nothing to store.
/// </summary>
internal static class IdempotentIds
{
    public static Guid For(string caller, string resource, string? idempotencyKey, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return Guid.CreateVersion7(time.GetUtcNow());
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{resource}\n{caller}\n{idempotencyKey}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), so it is never mistaken for a v7
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
