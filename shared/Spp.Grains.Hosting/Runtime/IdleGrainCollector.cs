using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>Collects idle activations on a timer from the injected clock (so tests drive it with a fake one).</summary>
internal sealed class IdleGrainCollector(GrainDirectory directory, TimeProvider time, IOptions<GrainRuntimeOptions> options) : IHostedService, IDisposable
{
    private ITimer? timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.CollectionInterval;
        timer = time.CreateTimer(_ => directory.Collect(), null, interval, interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();
}
