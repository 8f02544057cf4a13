using Spp.Gateway.Routing;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// Sends an admitted request to one destination. Route matching, tenant resolution and token
/// minting happen before, once, whichever kind of destination serves it.
/// </summary>
internal interface IRequestForwarder
{
    /// <param name="forward">The request and what the gateway decided about it.</param>
    /// <param name="destination">The destination picked for it.</param>
    /// <param name="next">The rest of this process's pipeline (where in-process services are mapped).</param>
    Task ForwardAsync(ForwardRequest forward, Destination destination, RequestDelegate next);
}
