using Microsoft.IdentityModel.JsonWebTokens;
using Spp.Gateway.DevelopmentIssuer;

namespace Spp.Gateway.Identity;

/// <summary>
/// Picks the issuer's scheme from the token's unverified <c>iss</c>. Reading it unverified is safe:
/// it only chooses which keys verify the token, and that scheme checks the issuer again.
/// </summary>
internal sealed class ExternalIssuerSelector(IReadOnlyDictionary<string, string> schemeByIssuer, bool developmentIssuerEnabled = false)
{
    public string Select(HttpContext context)
    {
        var token = BearerToken.From(context.Request);
        if (token is null)
        {
            return ExternalAuthenticationDefaults.UntrustedScheme;
        }

        try
        {
            var issuer = new JsonWebToken(token).Issuer;
            if (issuer is not null && schemeByIssuer.TryGetValue(issuer, out var scheme))
            {
                return scheme;
            }

            return developmentIssuerEnabled && DevelopmentIssuerAddress.IsIssuerShaped(issuer)
                ? ExternalAuthenticationDefaults.DevelopmentScheme
                : ExternalAuthenticationDefaults.UntrustedScheme;
        }
        catch (ArgumentException)
        {
            // Not a JWT at all; the untrusted scheme fails it.
            return ExternalAuthenticationDefaults.UntrustedScheme;
        }
    }
}
