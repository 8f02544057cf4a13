using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>Proof Key for Code Exchange (RFC 7636), S256 only: the plain method proves nothing.</summary>
internal static class Pkce
{
    public const string Method = "S256";

    /// <summary>True for a challenge of the shape S256 produces (43 base64url characters) or a verifier (43 to 128 unreserved characters).</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: >= 43 and <= 128 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    public static bool Verifies(string? verifier, string challenge)
    {
        if (!IsWellFormed(verifier))
        {
            return false;
        }

        var computed = Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier!))));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(challenge));
    }
}
