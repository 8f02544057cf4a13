using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Spp.Grains;
using Spp.Grains.Hosting;
using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.Hosting.Storage;
using Spp.Grains.TestHost;

namespace Spp.Benchmarks;

/// <summary>
/// One grain host in this process, built by <see cref="CounterHost.Build"/>: its own DI container,
/// grain directory, connection pool and (when enabled) outbox dispatcher — as a separate instance
/// of a service would have. The benchmark grain is registered beside the counter.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchHost(WebApplication app)
    {
        this.app = app;
        Grains = app.Services.GetRequiredService<IGrainFactory>();
        Metrics = app.Services.GetRequiredService<GrainRuntimeMetrics>();
        Dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        Outbox = app.Services.GetRequiredService<IOutboxStore>();
        Directory = app.Services.GetRequiredService<GrainDirectory>();
    }

    public IGrainFactory Grains { get; }

    public GrainRuntimeMetrics Metrics { get; }

    public OutboxDispatcher Dispatcher { get; }

    public IOutboxStore Outbox { get; }

    public GrainDirectory Directory { get; }

    /// <summary>Starts a host on <paramref name="connectionString"/>; <paramref name="settings"/> are extra <c>Key=Value</c> settings.</summary>
    public static async Task<BenchHost> StartAsync(string connectionString, bool dispatcher, string? rabbitMq, params string[] settings)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Counter={connectionString}",
            "--Logging:LogLevel:Default=Error",
            $"--Outbox:Enabled={(dispatcher ? "true" : "false")}",
            // Without a broker the host publishes on the in-memory bus, which a host must ask for.
            rabbitMq is null ? "--Messaging:Transport=InMemory" : $"--ConnectionStrings:RabbitMq={rabbitMq}",
        };
        args.AddRange(settings.Select(s => "--" + s));
        var app = CounterHost.Build([.. args], grains: true, projection: false, b => b.Services.AddGrain<IBenchCounterGrain, BenchCounterGrain>());
        await app.StartAsync();
        return new BenchHost(app);
    }

    /// <summary>Waits until no outbox row is pending; returns how long that took.</summary>
    public async Task<TimeSpan> WaitDrainedAsync(TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (await Outbox.CountPendingAsync(CancellationToken.None) > 0)
        {
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"the outbox was not drained within {limit.TotalSeconds:F0} s");
            }

            await Task.Delay(20);
        }

        return TimeProvider.System.GetElapsedTime(started);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        // The database object is a singleton instance the container does not own: close its pool.
        var database = app.Services.GetRequiredService<CounterDatabase>();
        await app.DisposeAsync();
        await database.DisposeAsync();
    }
}
