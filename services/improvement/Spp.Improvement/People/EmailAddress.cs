using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;

namespace Spp.Improvement.People;

/// <summary>
/// E-mail addresses as the platform compares them: trimmed and lower-cased. Grains keyed by an
/// address use its hash, so that stored keys and logs never show the address itself.
/// </summary>
public static class EmailAddress
{
    /// <summary>Longest address accepted (RFC 5321 path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>The address in the form used for comparison.</summary>
    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>What is wrong with an address, or null when it is usable.</summary>
    public static string? Problem(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "An e-mail address is required.";
        }

        var trimmed = email.Trim();
        if (trimmed.Length > MaxLength)
        {
            return $"Use at most {MaxLength} characters.";
        }

        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && string.IsNullOrEmpty(parsed.DisplayName)
            ? null
            : "Give a single e-mail address such as name@school.example.";
    }

    /// <summary>The key of the <see cref="IPersonByEmailGrain"/> for <paramref name="email"/>.</summary>
    public static string Key(string email) => Hash("email", Normalise(email));

    internal static string Hash(string purpose, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{value}")));
}
