using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>Mints the development issuer's tokens (RS256, with the process's key).</summary>
internal sealed class DevelopmentTokens(DevelopmentIssuerKey key, IOptions<DevelopmentIssuerOptions> options, TimeProvider time)
{
    /// <summary>The audience of its access tokens, which the gateway requires of them.</summary>
    public const string AccessTokenAudience = "spp-platform";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string AccessToken(string issuer, DevelopmentPerson person) => Create(issuer, AccessTokenAudience, person, nonce: null);

    /// <summary>The OpenID Connect ID token for <paramref name="clientId"/>.</summary>
    public string IdToken(string issuer, string clientId, DevelopmentPerson person, string? nonce) => Create(issuer, clientId, person, nonce);

    private string Create(string issuer, string audience, DevelopmentPerson person, string? nonce)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = person.Subject,
            [JwtRegisteredClaimNames.Email] = person.Email,
            ["name"] = person.Name,
        };
        if (nonce is not null)
        {
            claims[JwtRegisteredClaimNames.Nonce] = nonce;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = key.Credentials,
        });
    }
}
