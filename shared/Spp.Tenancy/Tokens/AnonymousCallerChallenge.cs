using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy.Tokens;

/// <summary>
/// A request forwarded for an anonymous caller carries a valid internal token (subject
/// "anonymous"), so a failed policy would be a 403. The API conventions make "no credentials" a
/// 401: an anonymous caller refused by a policy is challenged instead of forbidden.
/// </summary>
internal sealed class AnonymousCallerChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.IsAnonymous())
        {
            authorizeResult = PolicyAuthorizationResult.Challenge();
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
