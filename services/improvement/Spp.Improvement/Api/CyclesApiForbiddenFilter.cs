using Spp.Improvement.Cycles;

namespace Spp.Improvement.Api;

/// <summary>
/// Answers 403 when the caller's role on a cycle may not act. A filter rather than the shared
/// exception handler: the cycle's roles are this API's own concern.
/// </summary>
internal sealed class CyclesApiForbiddenFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CycleForbiddenException forbidden)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Your role on this cycle may not do this.",
                detail: forbidden.Message,
                type: "https://spp-platform.org/problems/forbidden");
        }
    }
}
