using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers from the in-process pipeline instead of a
/// socket, for the gateway's own small internal calls (the response is buffered). It runs on a
/// fresh execution context: the calling request's <see cref="IHttpContextAccessor"/> state must
/// neither leak into the inner request nor be cleared by it.
/// </summary>
internal sealed class InProcessHttpHandler(InProcessPipeline pipeline, IHttpContextFactory contextFactory) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Task<HttpResponseMessage> dispatch;
        using (ExecutionContext.SuppressFlow())
        {
            dispatch = Task.Run(() => DispatchAsync(request, body, cancellationToken), cancellationToken);
        }

        return await dispatch;
    }

    private async Task<HttpResponseMessage> DispatchAsync(HttpRequestMessage request, byte[]? body, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var requestFeature = new HttpRequestFeature
        {
            Method = request.Method.Method,
            Scheme = "http",
            Protocol = "HTTP/1.1",
            PathBase = string.Empty,
            Path = Uri.UnescapeDataString(uri.AbsolutePath),
            QueryString = uri.Query,
            RawTarget = uri.PathAndQuery,
            Body = body is null ? Stream.Null : new MemoryStream(body),
        };
        requestFeature.Headers.Host = uri.Authority;
        foreach (var (name, values) in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            requestFeature.Headers[name] = values.ToArray();
        }

        // Content that streams (JsonContent) has no length header of its own. The whole body is at
        // hand, so its length is known; and endpoints bind a body only where the server says one can be.
        if (body is not null)
        {
            requestFeature.Headers.ContentLength = body.Length;
        }

        using var responseBody = new MemoryStream();
        var responseFeature = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(requestFeature);
        features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(body is { Length: > 0 }));
        features.Set<IHttpResponseFeature>(responseFeature);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });

        var context = contextFactory.Create(features);
        try
        {
            await pipeline.Pipeline(context);
        }
        finally
        {
            contextFactory.Dispose(context);
        }

        var response = new HttpResponseMessage((HttpStatusCode)responseFeature.StatusCode)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(responseBody.ToArray()),
        };
        foreach (var (name, values) in responseFeature.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                response.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return response;
    }

    private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody { get; } = canHaveBody;
    }
}
