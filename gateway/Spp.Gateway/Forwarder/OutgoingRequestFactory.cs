using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Forwarder;

/// <summary>Builds the request to a network destination from the incoming one.</summary>
internal static class OutgoingRequestFactory
{
    // Trace headers are rewritten by the handler from the current activity; copying the caller's
    // would make the handler keep them and cut the gateway's own span out of the trace.
    private static readonly HashSet<string> TraceHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "traceparent", "tracestate", "Request-Id", "Correlation-Context", "baggage",
    };

    public static HttpRequestMessage Create(ForwardRequest forward, Uri target)
    {
        var context = forward.Context;
        var request = context.Request;
        var outgoing = new HttpRequestMessage(new HttpMethod(request.Method), target)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? request.ContentLength > 0)
        {
            outgoing.Content = new RequestBodyContent(request.Body);
        }

        var connectionListed = HopByHopHeaders.ListedIn(request.Headers.Connection);
        var activityWritesTrace = Activity.Current is not null;
        foreach (var (name, values) in request.Headers)
        {
            if (IsDropped(name, connectionListed, activityWritesTrace))
            {
                continue;
            }

            if (!outgoing.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                outgoing.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        outgoing.Headers.TryAddWithoutValidation(InternalToken.HeaderName, forward.InternalToken);
        ForwardedHeaders.Apply(context, forward.TenantPathBase, outgoing);
        return outgoing;
    }

    private static bool IsDropped(string name, HashSet<string> connectionListed, bool activityWritesTrace) =>
        name.StartsWith(':')
        || HopByHopHeaders.IsHopByHop(name)
        || connectionListed.Contains(name)
        || ForwardedHeaders.IsForwardedHeader(name)
        || (activityWritesTrace && TraceHeaders.Contains(name))

        // The destination's host comes from its address; the caller's is in X-Forwarded-Host.
        || name.Equals(HeaderNames.Host, StringComparison.OrdinalIgnoreCase)

        // Services accept only the internal token: the external credential stays at the gateway,
        // and a caller's own internal-token header was already removed.
        || name.Equals(HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase)
        || name.Equals(InternalToken.HeaderName, StringComparison.OrdinalIgnoreCase);
}
