using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Spp.ServiceDefaults.Telemetry;

/// <summary>
/// Builds the providers when the host starts, before the server takes requests, so the first
/// request is traced; the container disposes them (flushing exporters) at shutdown.
/// </summary>
internal sealed class TelemetryStartup(TracerProvider tracerProvider, MeterProvider meterProvider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(tracerProvider);
        GC.KeepAlive(meterProvider);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
