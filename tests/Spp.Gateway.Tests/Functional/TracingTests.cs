using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>W3C trace context across the gateway.</summary>
public sealed class TracingTests
{
    [Fact]
    public async Task Backend_receives_traceparent_of_the_callers_trace_under_the_gateway_forward_span()
    {
        var ct = TestContext.Current.CancellationToken;
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var forwards = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Spp.Gateway",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    forwards.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/schools");
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");

        using var response = await gateway.Client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var traceparent = Assert.Single(backend.Forwarded).Header("traceparent");
        Assert.NotNull(traceparent);
        var parts = traceparent.Split('-');
        Assert.Equal(traceId.ToString(), parts[1]);
        Assert.NotEqual(callerSpan.ToString(), parts[2]);

        var forward = Assert.Single(forwards, a => a.OperationName == "gateway forward");
        Assert.Equal("tenant-api", forward.GetTagItem("spp.route_id"));
        Assert.Equal("improvement", forward.GetTagItem("spp.cluster_id"));
        Assert.Equal(acme.ToString(), forward.GetTagItem("spp.tenant_id"));
    }
}
