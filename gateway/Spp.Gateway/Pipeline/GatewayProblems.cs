using Microsoft.AspNetCore.Mvc;

namespace Spp.Gateway.Pipeline;

/// <summary>Writes the gateway's own answers as problem+json, through the platform's problem details service.</summary>
internal static class GatewayProblems
{
    public const string TenantSuspendedType = "https://spp-platform.org/problems/tenant-suspended";

    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public static async Task WriteAsync(HttpContext context, int status, string title, string? type = null, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            context.Abort();
            return;
        }

        response.StatusCode = status;
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails { Status = status, Title = title, Type = type };
        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await TypedResults.Problem(problem).ExecuteAsync(context);
        }
    }
}
