using System.Diagnostics;
using System.Net;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// The one connection pool for calls to network destinations. A bare <see cref="SocketsHttpHandler"/>
/// because a proxy must pass bodies, cookies and redirects through untouched: no cookie container,
/// no redirects followed, no decompression, no system proxy.
/// </summary>
internal sealed class ForwarderHttpClient : IDisposable
{
    public HttpMessageInvoker Invoker { get; } = new(
        new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(15),

            // Destinations behind a DNS name (a Kubernetes service) get new instances picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),

            // The handler's diagnostics layer writes traceparent of the current activity (the
            // "gateway forward" span) on every outgoing request.
            ActivityHeadersPropagator = DistributedContextPropagator.Current,
        },
        disposeHandler: true);

    public void Dispose() => Invoker.Dispose();
}
