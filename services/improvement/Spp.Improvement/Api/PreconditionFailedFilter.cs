using Spp.Grains;

namespace Spp.Improvement.Api;

/// <summary>
/// Answers a stale <c>If-Match</c> with 412 inside the endpoint, carrying the current ETag. It cannot
/// be left to <see cref="GrainProblemHandler"/>: the exception handler middleware removes the ETag
/// header from every response it writes.
/// </summary>
internal sealed class PreconditionFailedFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ETagMismatchException mismatch)
        {
            context.HttpContext.Response.Headers.ETag = mismatch.CurrentETag;
            return TypedResults.Problem(GrainProblemHandler.PreconditionFailed(mismatch));
        }
    }
}
