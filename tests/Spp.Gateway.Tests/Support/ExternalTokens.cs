using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.Tests.Support;

/// <summary>Bearer tokens from a test issuer that signs with a shared key.</summary>
internal sealed class ExternalTokens(string issuer, string audience, string base64Key)
{
    public string Issuer { get; } = issuer;

    public string Audience { get; } = audience;

    public string Key { get; } = base64Key;

    public string Create(string subject, IEnumerable<string>? roles = null, DateTime? expires = null, string? audienceOverride = null, string? issuerOverride = null, string? email = null, string? name = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (email is not null)
        {
            claims["email"] = email;
        }

        if (name is not null)
        {
            claims["name"] = name;
        }

        var roleList = roles?.ToArray() ?? [];
        if (roleList.Length > 0)
        {
            claims["roles"] = roleList;
        }

        var expiry = expires ?? now.AddMinutes(5);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuerOverride ?? Issuer,
            Audience = audienceOverride ?? Audience,
            IssuedAt = expiry.AddMinutes(-10),
            NotBefore = expiry.AddMinutes(-10),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Key)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
