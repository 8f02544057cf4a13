using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// Authenticates the external caller of a request and resolves them to the platform's person (roles
/// and memberships from the platform's own records). The result is kept off <c>HttpContext.User</c>:
/// in the all-in-one host that user must be the one the services' own authentication derives from
/// the internal token, never the external principal.
/// </summary>
internal sealed class CallerAuthenticator(SignInDirectory people)
{
    private const string IssuerClaim = "iss";
    private const string EmailClaim = "email";
    private const string NameClaim = "name";

    /// <exception cref="SignInUnavailableException">The service that owns people did not answer.</exception>
    public async Task<CallerResult> AuthenticateAsync(HttpContext context)
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

        var principal = result.Principal;
        var subject = principal.FindFirst(PlatformClaims.Subject);
        if (subject is null || string.IsNullOrWhiteSpace(subject.Value) || subject.Value == InternalToken.AnonymousSubject)
        {
            return CallerResult.Rejected("The bearer token names no subject.");
        }

        var issuer = principal.FindFirst(IssuerClaim)?.Value ?? subject.Issuer;
        var request = new SignInRequest(issuer, subject.Value, Value(principal, EmailClaim), Value(principal, NameClaim));
        try
        {
            return CallerResult.Of(await people.ResolveAsync(request, context.RequestAborted));
        }
        catch (SignInRefusedException ex)
        {
            return CallerResult.Rejected(ex.Message);
        }
    }

    private static string? Value(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
}
