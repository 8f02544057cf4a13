using Microsoft.IdentityModel.JsonWebTokens;

namespace Spp.Gateway.Identity;

/// <summary>
/// Picks the issuer's scheme from the token's unverified <c>iss</c>. Reading it unverified is safe:
/// it only chooses which keys verify the token, and that scheme checks the issuer again.
/// </summary>
internal sealed class ExternalIssuerSelector(IReadOnlyDictionary<string, string> schemeByIssuer)
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
            return issuer is not null && schemeByIssuer.TryGetValue(issuer, out var scheme)
                ? scheme
                : ExternalAuthenticationDefaults.UntrustedScheme;
        }
        catch (ArgumentException)
        {
            // Not a JWT at all; the untrusted scheme fails it.
            return ExternalAuthenticationDefaults.UntrustedScheme;
        }
    }
}
