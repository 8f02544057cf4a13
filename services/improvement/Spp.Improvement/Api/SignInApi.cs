using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Contracts.Identity;
using Spp.Improvement.People;

namespace Spp.Improvement.Api;

/// <summary>
/// Sign-in resolution for the gateway (service-to-service tokens only, never exposed): who an
/// external identity is on the platform and what they may enter.
/// </summary>
public static class SignInApi
{
    /// <summary>Maps <see cref="SignInRoutes.Resolve"/>.</summary>
    public static RouteHandlerBuilder MapSignInApi(this IEndpointRouteBuilder app) =>
        app.MapPost(SignInRoutes.Resolve, Resolve)
            .ExcludeFromDescription()
            .RequireAuthorization(ImprovementPolicies.InternalCaller);

    internal static async Task<Results<Ok<SignInResolution>, ValidationProblem>> Resolve(SignInRequest request, SignInResolver resolver)
    {
        var errors = SignInResolver.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await resolver.ResolveAsync(request));
    }
}
