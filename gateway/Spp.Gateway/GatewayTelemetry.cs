using System.Diagnostics;
using Spp.Gateway.Forwarder;
using Spp.Gateway.Routing;

namespace Spp.Gateway;

/// <summary>The gateway's activity source (listened to through <c>AddSppTelemetrySource</c>).</summary>
internal static class GatewayTelemetry
{
    public const string SourceName = "Spp.Gateway";
    public const string ForwardActivityName = "gateway forward";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartForward(ForwardRequest forward, Destination destination)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        // Under the server span when there is one; otherwise continue the caller's trace directly.
        var parent = Activity.Current is null ? ParentFrom(forward.Context.Request) : default;
        var activity = Source.StartActivity(ForwardActivityName, ActivityKind.Internal, parent);
        activity?.SetTag("spp.route_id", forward.Match.Route.Id);
        activity?.SetTag("spp.cluster_id", forward.Match.Route.Cluster.Id);
        activity?.SetTag("spp.destination", destination.Name);
        if (forward.Tenant is { } tenant)
        {
            activity?.SetTag("spp.tenant_id", tenant.Id.ToString());
        }

        return activity;
    }

    private static ActivityContext ParentFrom(HttpRequest request)
    {
        DistributedContextPropagator.Current.ExtractTraceIdAndState(
            request.Headers,
            static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
            {
                values = null;
                value = ((IHeaderDictionary)carrier!)[name];
                value = string.IsNullOrEmpty(value) ? null : value;
            },
            out var traceParent,
            out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }
}
