using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Support;

/// <summary>
/// The whole improvement domain (grain runtime, every grain, the in-memory bus) over a fresh SQLite
/// file, composed as the admin command composes it: tests call grains through the grain factory and
/// read what they raised from the outbox. Areas derive from it to add a fake clock or their own helpers.
/// </summary>
public abstract class DomainGrainHost(string folderName) : IAsyncLifetime
{
    private readonly TempFolder _folder = new(folderName);
    private IHost? _host;

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The host is not started.")).Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The clock the grains see; null for the system clock.</summary>
    protected virtual TimeProvider? TimeSource => null;

    /// <summary>Every outbox row so far, in the order written.</summary>
    public async Task<IReadOnlyList<RaisedEvent>> OutboxAsync()
    {
        var log = await Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 1_000_000, TestContext.Current.CancellationToken);
        return [.. log.Select(m => new RaisedEvent(
            Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType.Split(',')[0].Split('.')[^1],
            m.GrainType,
            m.GrainKey,
            m.Entry.PayloadJson,
            m.Entry.Sequence,
            m.Entry.TenantId))];
    }

    /// <summary>The events grain <paramref name="grainType"/>/<paramref name="grainKey"/> raised, in order, as (event type name, payload, tenant).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(string grainType, string grainKey) =>
        [.. (await OutboxAsync()).Where(e => e.GrainType == grainType && e.GrainKey == grainKey).Select(e => (e.Type, e.Payload, e.TenantId))];

    /// <inheritdoc cref="EventsOfAsync(string, string)"/>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(string grainType, Guid key) =>
        [.. (await OutboxAsync()).Where(e => e.GrainType == grainType && Guid.TryParse(e.GrainKey, out var k) && k == key).Select(e => (e.Type, e.Payload, e.TenantId))];

    /// <summary>Adds an area's own settings or services before the host is built.</summary>
    protected virtual void Configure(HostApplicationBuilder builder)
    {
    }

    /// <summary>Runs once the host has started, before any test.</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = _folder.Sqlite(),
            ["Messaging:Transport"] = "InMemory",
        });
        builder.Logging.ClearProviders();
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        if (TimeSource is { } clock)
        {
            builder.Services.AddSingleton(clock);
        }

        Configure(builder);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        await StartedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One outbox row: the event's type name, the grain that raised it, its payload, sequence and tenant.</summary>
public sealed record RaisedEvent(string Type, string GrainType, string GrainKey, string Payload, long Sequence, Guid? TenantId);
