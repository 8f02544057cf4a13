using Spp.Gateway.Routing;
using Spp.Tenancy;

namespace Spp.Gateway.Forwarder;

/// <summary>A request the gateway has decided to forward: matched, tenant resolved, token minted.</summary>
/// <param name="Context">The incoming request.</param>
/// <param name="Match">The route and the downstream path.</param>
/// <param name="Tenant">The resolved tenant, if the request names one.</param>
/// <param name="TenantPathBase">The <c>/t/{slug}</c> part of the incoming path, empty otherwise.</param>
/// <param name="InternalToken">The internal token for this request.</param>
internal sealed record ForwardRequest(HttpContext Context, RouteMatch Match, TenantInfo? Tenant, PathString TenantPathBase, string InternalToken)
{
    public PathString DownstreamPath => Match.DownstreamPath;
}
