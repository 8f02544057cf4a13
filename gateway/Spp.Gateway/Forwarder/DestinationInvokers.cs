using Spp.Gateway.Routing;

namespace Spp.Gateway.Forwarder;

/// <summary>The client for the gateway's own calls to a destination: the shared pool, or the in-process pipeline.</summary>
internal sealed class DestinationInvokers(ForwarderHttpClient network, InProcessPipeline pipeline, IHttpContextFactory contextFactory) : IDisposable
{
    private readonly HttpMessageInvoker _inProcess = new(new InProcessHttpHandler(pipeline, contextFactory), disposeHandler: true);

    public HttpMessageInvoker For(Destination destination) => destination.IsInProcess ? _inProcess : network.Invoker;

    public void Dispose() => _inProcess.Dispose();
}
