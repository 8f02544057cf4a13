using Microsoft.AspNetCore.Http.Features;

namespace Spp.Gateway.Pipeline;

/// <summary>
/// A route's request body limit, applied before anything reads the body: a declared length over it
/// is refused at once, and the server enforces it on bodies of unknown length as they stream in.
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>Sets the server's limit for this request; false when its Content-Length already exceeds <paramref name="limit"/>.</summary>
    public static bool TryApply(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return false;
        }

        // Read-only once the body has been read or the server cannot limit it (an upgraded connection).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return true;
    }

    /// <summary>True when <paramref name="exception"/> (or one it wraps) is the server refusing a body over the limit.</summary>
    public static bool WasExceeded(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }

    public static Task RefuseAsync(HttpContext context) =>
        GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is larger than this route accepts.");
}
