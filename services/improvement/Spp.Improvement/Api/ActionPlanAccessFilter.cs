using Spp.Improvement.Actions;

namespace Spp.Improvement.Api;

/// <summary>Answers a caller who may see the plan but whose role may not make the change with 403.</summary>
internal sealed class ActionPlanAccessFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ActionPlanAccessDeniedException denied)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Your role on this cycle does not allow this.",
                detail: denied.Message,
                type: "https://spp-platform.org/problems/forbidden");
        }
    }
}
