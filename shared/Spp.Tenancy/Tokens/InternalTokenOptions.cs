namespace Spp.Tenancy.Tokens;

/// <summary>Settings of the internal token, section <c>InternalToken</c>.</summary>
public sealed record InternalTokenOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "InternalToken";

    /// <summary>
    /// Base64 of at least 32 random bytes (HS256 key), shared by the gateway and every service
    /// (<c>InternalToken__SigningKey</c>). A secret.
    /// </summary>
    public string? SigningKey { get; init; }

    /// <summary>
    /// How long a minted token is valid. Short, because a token is minted per forwarded request
    /// and should not outlive it by much; services check it only when the request arrives.
    /// </summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(2);
}
