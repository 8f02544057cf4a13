using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using Spp.Contracts.Identity;
using Spp.Gateway.Pipeline;
using Spp.Gateway.Routing;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// Serves the request from endpoints mapped in this process (the all-in-one host): the request
/// becomes the downstream request — path rewritten, external credential removed, internal token
/// set — and continues down the pipeline to routing, the services' authentication and their endpoints.
/// Nothing is restored afterwards; the request is the service's from here on.
/// </summary>
internal sealed class InProcessForwarder : IRequestForwarder
{
    public async Task ForwardAsync(ForwardRequest forward, Destination destination, RequestDelegate next)
    {
        var context = forward.Context;
        var request = context.Request;
        request.Path = forward.DownstreamPath;
        request.Headers.Remove(HeaderNames.Authorization);
        request.Headers[InternalToken.HeaderName] = forward.InternalToken;

        // Whatever routing or authentication ran before the gateway ran on the caller's request;
        // the service's must run on this one.
        context.SetEndpoint(null);
        request.RouteValues.Clear();
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        try
        {
            await next(context);
        }
        catch (Exception ex) when (RequestBodyLimit.WasExceeded(ex) && !context.Response.HasStarted)
        {
            // The service read past the route's limit and let the server's refusal escape: answer it as over the network.
            await RequestBodyLimit.RefuseAsync(context);
        }
    }
}
