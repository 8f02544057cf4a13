using Spp.Grains;
using Spp.Tenancy;

namespace Spp.Improvement.Api;

/// <summary>
/// Names the caller as the actor of every grain call an endpoint makes, so each change the audit
/// trail records says who made it: <c>person:{id}</c>, <c>service:{name}</c> or <c>anonymous</c>.
/// </summary>
internal sealed class ActingPersonFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var scope = GrainCallContext.ActAs(ActorOf(context.HttpContext));
        return await next(context);
    }

    internal static string ActorOf(HttpContext context)
    {
        var user = context.User;
        if (user.GetCallingService() is { } service)
        {
            return $"service:{service}";
        }

        return Caller.From(user).PersonId is { } person ? $"person:{person:D}" : "anonymous";
    }
}
