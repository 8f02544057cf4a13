namespace Spp.Gateway.Identity;

/// <summary>One trusted issuer of bearer tokens. Give either <see cref="SigningKey"/> or <see cref="Authority"/>.</summary>
public sealed record ExternalIssuerOptions
{
    /// <summary>The exact <c>iss</c> of its tokens.</summary>
    public string? Issuer { get; init; }

    /// <summary>The <c>aud</c> its tokens must carry for this platform.</summary>
    public string? Audience { get; init; }

    /// <summary>Base64 of the shared HS256 key (at least 32 bytes), for issuers without discovery.</summary>
    public string? SigningKey { get; init; }

    /// <summary>The OpenID Connect authority; keys come from its discovery document and JWKS.</summary>
    public string? Authority { get; init; }

    /// <summary>Whether the discovery document must be fetched over https (off only for local development issuers).</summary>
    public bool RequireHttpsMetadata { get; init; } = true;
}
