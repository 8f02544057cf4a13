using Microsoft.AspNetCore.Authentication;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// Authenticates the external caller of a request. The result is kept off <c>HttpContext.User</c>:
/// in the all-in-one host that user must be the one the services' own authentication derives from
/// the internal token, never the external principal.
/// </summary>
internal static class CallerAuthenticator
{
    public static async Task<CallerResult> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ExternalAuthenticationDefaults.PolicyScheme);
        if (result.None)
        {
            return CallerResult.Of(Caller.Anonymous);
        }

        if (!result.Succeeded)
        {
            return CallerResult.Rejected(result.Failure?.Message ?? "The bearer token was not accepted.");
        }

        var subject = result.Principal.FindFirst(PlatformClaims.Subject)?.Value;
        return string.IsNullOrWhiteSpace(subject) || subject == InternalToken.AnonymousSubject
            ? CallerResult.Rejected("The bearer token names no subject.")
            : CallerResult.Of(new Caller(subject, PlatformRoleMapper.Map(result.Principal)));
    }
}
