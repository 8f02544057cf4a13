using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;

namespace Spp.Tenancy.Tokens;

/// <summary>The one set of rules every internal token is checked against.</summary>
internal static class InternalTokenValidation
{
    public static TokenValidationParameters CreateParameters(SecurityKey key, IEnumerable<string> audiences) => new()
    {
        ValidIssuer = InternalToken.Issuer,
        ValidAudiences = audiences.ToArray(),
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = InternalTokenDefaults.ClockSkew,
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
    };
}
