using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Cycles.Support;

/// <summary>
/// The improvement domain over SQLite on a fake clock, so that visit days and deadlines can be
/// reached: the clock starts at <see cref="Start"/> (noon in London) and tests move it forward.
/// </summary>
public sealed class CycleGrainHost : IAsyncLifetime
{
    /// <summary>Where the clock starts: a Monday in term time, noon in London (GMT).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new("cycle-grains");
    private IHost? _host;

    private IHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public FakeTimeProvider Clock { get; } = new(Start);

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Today in London on the fake clock.</summary>
    public DateOnly Today => Spp.Improvement.Cycles.LondonCalendar.Today(Clock);

    /// <summary>The outbox rows grain <paramref name="grainType"/>/<paramref name="key"/> raised, in order, as (event type name, payload).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(string grainType, Guid key)
    {
        var log = await Host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == grainType && Guid.TryParse(m.GrainKey, out var k) && k == key)
            .Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType.Split(',')[0].Split('.')[^1], m.Entry.PayloadJson, m.Entry.TenantId))];
    }

    public async ValueTask InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = _folder.Sqlite(),
            ["Messaging:Transport"] = "InMemory",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        _folder.Dispose();
    }
}
