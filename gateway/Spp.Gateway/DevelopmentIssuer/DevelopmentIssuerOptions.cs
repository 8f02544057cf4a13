namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>
/// The built-in OpenID Connect provider for development, section <c>Auth:DevelopmentIssuer</c>:
/// anyone can sign in as anyone, so it runs only when explicitly enabled and never in Production.
/// </summary>
public sealed record DevelopmentIssuerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Auth:DevelopmentIssuer";

    /// <summary>The setting that turns it on (<c>--dev-sign-in</c> sets it too).</summary>
    public const string EnabledKey = SectionName + ":Enabled";

    /// <summary>Whether <c>/dev-issuer</c> is served and its tokens are trusted.</summary>
    public bool Enabled { get; init; }

    /// <summary>How long its access tokens last.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);
}
