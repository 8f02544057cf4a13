using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Tenancy.Tokens;

/// <summary>Turns the configured key into the HS256 key both the issuer and the validators use.</summary>
internal static class InternalTokenKey
{
    public static SymmetricSecurityKey Create(InternalTokenOptions options)
    {
        if (!TryDecode(options.SigningKey, out var bytes) || bytes.Length < InternalTokenOptionsValidator.MinimumKeyBytes)
        {
            // The options validator names the setting at start-up; this is only reached if it was bypassed.
            throw new InvalidOperationException($"Setting '{InternalTokenOptions.SectionName}:SigningKey' is missing or too short.");
        }

        // The kid names the key without revealing it, so a key rotation can run two keys side by side.
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(bytes).AsSpan(0, 8).ToArray());
        return new SymmetricSecurityKey(bytes) { KeyId = kid };
    }

    public static bool TryDecode(string? base64, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
