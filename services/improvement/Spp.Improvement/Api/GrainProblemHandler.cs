using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;

namespace Spp.Improvement.Api;

/// <summary>Turns what grains throw into the status codes of the API conventions (never a 500).</summary>
internal sealed class GrainProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const string ProblemBase = "https://spp-platform.org/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ETagMismatchException e => PreconditionFailed(e),
            NotPermittedException e => Problem(StatusCodes.Status403Forbidden, "forbidden", "Your role may not do this.", e.Message),
            RuleViolationException e => Problem(StatusCodes.Status422UnprocessableEntity, e.Rule, "A rule of the programme was broken.", e.Message, ("rule", e.Rule)),
            InvalidTransitionException e => Problem(StatusCodes.Status409Conflict, "invalid-transition", "This change is not possible now.", e.Message, ("from", e.From)),
            GrainNotFoundException => Problem(StatusCodes.Status404NotFound, "not-found", "Not found.", null),
            GrainConcurrencyException => Problem(StatusCodes.Status503ServiceUnavailable, "busy", "The resource is busy; try again.", null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        // No ETag here: the exception handler middleware strips it from what it writes, which is
        // why PreconditionFailedFilter answers 412 inside the endpoint.
        if (exception is GrainConcurrencyException)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The 412 problem for a stale <c>If-Match</c> (see <see cref="PreconditionFailedFilter"/> for how it keeps its ETag).</summary>
    internal static ProblemDetails PreconditionFailed(ETagMismatchException e) =>
        Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The resource has changed since you read it.", e.Message);

    private static ProblemDetails Problem(int status, string type, string title, string? detail, params (string Key, object Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Type = ProblemBase + type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
