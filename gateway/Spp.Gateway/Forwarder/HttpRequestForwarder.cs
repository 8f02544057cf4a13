using Spp.Gateway.Pipeline;
using Spp.Gateway.Routing;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// Forwards over HTTP: request and response bodies stream through, a destination that cannot be
/// reached is a 503/502 problem with Retry-After, and a caller who goes away cancels the call.
/// </summary>
internal sealed partial class HttpRequestForwarder(ForwarderHttpClient client, ILogger<HttpRequestForwarder> logger) : IRequestForwarder
{
    public async Task ForwardAsync(ForwardRequest forward, Destination destination, RequestDelegate next)
    {
        var context = forward.Context;
        var aborted = context.RequestAborted;
        var target = DestinationUris.Combine(destination.Address, forward.DownstreamPath, context.Request.QueryString);
        using var outgoing = OutgoingRequestFactory.Create(forward, target);

        HttpResponseMessage response;
        try
        {
            response = await client.Invoker.SendAsync(outgoing, aborted);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            LogCallerAborted(logger, forward.Match.Route.Id);
            return;
        }
        catch (Exception ex) when (RequestBodyLimit.WasExceeded(ex))
        {
            // A body of unknown length went past the route's limit while it was being forwarded.
            await RequestBodyLimit.RefuseAsync(context);
            return;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            var unreachable = ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
                || ex is OperationCanceledException;
            LogDestinationFailed(logger, ex, destination.Name, forward.Match.Route.Cluster.Id);
            await GatewayProblems.WriteAsync(
                context,
                unreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway,
                unreachable ? "The service for this request is unavailable." : "The service for this request answered badly.",
                retryAfter: GatewayProblems.DefaultRetryAfter);
            return;
        }

        using (response)
        {
            ResponseCopier.CopyHead(response, context.Response);
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(aborted);
                await StreamCopier.CopyAsync(body, context.Response.Body, aborted);
            }
            catch (Exception) when (aborted.IsCancellationRequested)
            {
                LogCallerAborted(logger, forward.Match.Route.Id);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                // The status line is already out; cutting the connection is the only honest signal left.
                LogDestinationFailed(logger, ex, destination.Name, forward.Match.Route.Cluster.Id);
                context.Abort();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Caller went away during forwarding on route {RouteId}")]
    private static partial void LogCallerAborted(ILogger logger, string routeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding to destination {Destination} of cluster {ClusterId} failed")]
    private static partial void LogDestinationFailed(ILogger logger, Exception exception, string destination, string clusterId);
}
