using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>Who someone signs in as at the development issuer: an e-mail address and a display name.</summary>
internal sealed record DevelopmentPerson(string Email, string Name)
{
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 200;

    /// <summary>The token's subject: stable per e-mail address, so signing in again is the same identity.</summary>
    public string Subject => "dev-" + Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(Email.ToLowerInvariant())))[..22];

    /// <summary>The person, or the problems with each field (keyed <c>email</c>, <c>name</c>).</summary>
    public static DevelopmentPerson? TryCreate(string? email, string? name, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0 || address.Length > MaxEmailLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || parsed.DisplayName.Length > 0)
        {
            errors["email"] = [$"Give an e-mail address such as ada@school.example, at most {MaxEmailLength} characters."];
        }

        var displayName = name?.Trim() ?? string.Empty;
        if (displayName.Length == 0 || displayName.Length > MaxNameLength || displayName.Any(char.IsControl))
        {
            errors["name"] = [$"Give a name of 1 to {MaxNameLength} characters."];
        }

        return errors.Count == 0 ? new DevelopmentPerson(address, displayName) : null;
    }
}
