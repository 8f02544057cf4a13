using Spp.Gateway.LoadBalancing;

namespace Spp.Gateway.Forwarder;

/// <summary>Picks the destination, opens the "gateway forward" span and hands the request to the forwarder of that destination's kind.</summary>
internal sealed class ForwardingDispatcher(HttpRequestForwarder network, InProcessForwarder inProcess)
{
    public async Task DispatchAsync(ForwardRequest forward, RequestDelegate next)
    {
        var destination = RoundRobinLoadBalancer.Pick(forward.Match.Route.Cluster);
        using var activity = GatewayTelemetry.StartForward(forward, destination);
        IRequestForwarder forwarder = destination.IsInProcess ? inProcess : network;
        await forwarder.ForwardAsync(forward, destination, next);
        activity?.SetTag("http.response.status_code", forward.Context.Response.StatusCode);
    }
}
