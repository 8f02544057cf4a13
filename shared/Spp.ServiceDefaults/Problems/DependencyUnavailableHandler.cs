using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Spp.ServiceDefaults.Problems;

/// <summary>
/// A database or broker that does not answer is a 503 with <c>Retry-After</c>, not a 500:
/// the request was fine and may succeed later.
/// </summary>
internal sealed partial class DependencyUnavailableHandler(IProblemDetailsService problems, ILogger<DependencyUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DbException or TimeoutException))
        {
            return false;
        }

        LogDependencyDown(logger, exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "A service this request depends on is unavailable.",
                Type = "https://spp-platform.org/problems/dependency-unavailable",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dependency unavailable ({ExceptionType}); answering 503")]
    private static partial void LogDependencyDown(ILogger logger, string exceptionType);
}
