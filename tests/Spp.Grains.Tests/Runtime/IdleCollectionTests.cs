using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Spp.Grains.Hosting.Runtime;

namespace Spp.Grains.Tests.Runtime;

/// <summary>
/// Activations leave memory when idle too long or when there are too many, and come back from the
/// store with their state. The host runs on a fake clock, so time passes only when a test says so.
/// </summary>
public sealed class IdleCollectionTests : IAsyncLifetime
{
    private const string GrainType = "test-counter";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "spp-idle-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new();
    private WebApplication? host;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            await host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<(WebApplication Host, GrainDirectory Directory)> StartAsync(params string[] settings)
    {
        host = await CounterHosts.StartAsync(
            $"Data Source={Path.Combine(folder, "counter.db")}",
            configure: b => b.Services.AddSingleton<TimeProvider>(time),
            settings: ["Outbox:Enabled=false", .. settings]);
        return (host, host.Services.GetRequiredService<GrainDirectory>());
    }

    [Fact]
    public async Task An_idle_grain_leaves_memory_after_the_idle_timeout_and_comes_back_with_its_state()
    {
        var (host, directory) = await StartAsync("Grains:IdleTimeout=00:05:00", "Grains:CollectionInterval=00:01:00");
        var commands = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var command in commands)
        {
            await host.Counter("idle").Increment(command);
        }

        Assert.True(directory.IsActive(GrainType, "idle"));
        Assert.Equal(1, directory.Count);

        time.Advance(TimeSpan.FromMinutes(4)); // four collections, none past the idle timeout
        Assert.True(directory.IsActive(GrainType, "idle"), "a grain idle for less than the timeout stays in memory");

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.False(directory.IsActive(GrainType, "idle"), "a grain idle for longer than the timeout leaves memory");
        Assert.Equal(0, directory.Count);

        var counter = await host.Counter("idle").Get();
        Assert.Equal(3, counter.Value);
        Assert.Equal(3, counter.Commands);
        Assert.Equal("\"3\"", counter.ETag);
        Assert.True(directory.IsActive(GrainType, "idle"));
        Assert.Equal(4, (await host.Counter("idle").Increment(Guid.NewGuid())).Value);
    }

    [Fact]
    public async Task A_grain_used_again_before_the_idle_timeout_stays_in_memory()
    {
        var (host, directory) = await StartAsync("Grains:IdleTimeout=00:05:00", "Grains:CollectionInterval=00:01:00");
        await host.Counter("busy").Increment(Guid.NewGuid());
        await host.Counter("quiet").Increment(Guid.NewGuid());

        time.Advance(TimeSpan.FromMinutes(4));
        await host.Counter("busy").Get();
        time.Advance(TimeSpan.FromMinutes(4)); // 8 minutes since the first call, 4 since the last one to "busy"

        Assert.True(directory.IsActive(GrainType, "busy"), "the idle time counts from the last call");
        Assert.False(directory.IsActive(GrainType, "quiet"));
        Assert.Equal(1, directory.Count);
    }

    [Fact]
    public async Task Above_max_activations_the_least_recently_used_grains_leave_first()
    {
        var (host, directory) = await StartAsync("Grains:MaxActivations=3", "Grains:IdleTimeout=01:00:00", "Grains:CollectionInterval=01:00:00");
        foreach (var key in new[] { "a", "b", "c" })
        {
            await host.Counter(key).Increment(Guid.NewGuid());
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, directory.Count);
        await host.Counter("a").Increment(Guid.NewGuid()); // "a" is now the most recently used
        time.Advance(TimeSpan.FromSeconds(1));

        // Going over the maximum collects down to 90 % of it (here 2): the two least recently used leave.
        await host.Counter("d").Increment(Guid.NewGuid());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(directory.IsActive(GrainType, "b"), "b was the least recently used when d came in");
        Assert.False(directory.IsActive(GrainType, "c"), "c was the next least recently used");
        Assert.True(directory.IsActive(GrainType, "a"), "a was used after b and c, so it stays");
        Assert.True(directory.IsActive(GrainType, "d"), "the grain being activated never leaves for its own call");
        Assert.Equal(2, directory.Count);

        await host.Counter("e").Increment(Guid.NewGuid());
        Assert.Equal(3, directory.Count);
        Assert.True(directory.IsActive(GrainType, "e"));

        // Evicted grains keep their state.
        Assert.Equal(2, (await host.Counter("a").Get()).Value);
        Assert.Equal(1, (await host.Counter("b").Get()).Value);
        Assert.Equal(1, (await host.Counter("c").Get()).Value);
        Assert.True(directory.Count <= 3);
    }

    [Fact]
    public async Task A_new_grain_is_activated_without_waiting_when_every_other_activation_is_busy_at_the_maximum()
    {
        var (host, directory) = await StartAsync("Grains:MaxActivations=1", "Grains:IdleTimeout=01:00:00", "Grains:CollectionInterval=01:00:00");
        // "busy" holds its turn for 10 s of real time: it cannot leave memory meanwhile.
        var busy = host.Counter("busy").Probe(TimeSpan.FromSeconds(10));
        Assert.True(directory.IsActive(GrainType, "busy"));

        var quick = Task.Run(() => host.Counter("quick").Get(), TestContext.Current.CancellationToken);
        var view = await quick.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(0, view.Value);
        Assert.False(busy.IsCompleted, "the call to a new grain must not wait until a busy grain can be evicted");
        Assert.Equal(2, directory.Count); // over the maximum while every other activation is busy
        Assert.Equal(1, await busy);
    }
}
