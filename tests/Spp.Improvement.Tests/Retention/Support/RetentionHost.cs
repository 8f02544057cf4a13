using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spp.Grains;
using Spp.Grains.Hosting.Audit;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Attachments;
using Spp.Improvement.Retention;
using Spp.Improvement.Tests.Cycles.Support;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Retention.Support;

/// <summary>
/// The improvement domain over SQLite on a fake clock, with the retention purge's schedule running
/// on that clock: a test closes cycles, restarts the service years later and sees what the purge did.
/// One host per test, because moving the clock years on would move every other test's cycles too.
/// </summary>
internal sealed class RetentionHost : IAsyncDisposable
{
    /// <summary>How often the scheduled purge runs on the fake clock.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly TempFolder _folder;
    private IHost _host;

    private RetentionHost(TempFolder folder, IHost host, FakeTimeProvider clock)
    {
        _folder = folder;
        _host = host;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; private set; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public EvidenceAttachmentStore Store => _host.Services.GetRequiredService<EvidenceAttachmentStore>();

    public EvidenceRetentionPurge Purge => _host.Services.GetRequiredService<EvidenceRetentionPurge>();

    public DateOnly Today => Spp.Improvement.Cycles.LondonCalendar.Today(Clock);

    public static async Task<RetentionHost> StartAsync()
    {
        var folder = new TempFolder("retention");
        var clock = new FakeTimeProvider(CycleGrainHost.Start);
        return new RetentionHost(folder, await BuildAsync(folder, clock), clock);
    }

    /// <summary>
    /// Stops the service and starts it again over the same store <paramref name="later"/> on: the
    /// fake clock would otherwise fire every periodic timer once per period across the years.
    /// </summary>
    public async Task RestartAfterAsync(TimeSpan later)
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        Clock = new FakeTimeProvider(Clock.GetUtcNow() + later);
        _host = await BuildAsync(_folder, Clock);
    }

    private static async Task<IHost> BuildAsync(TempFolder folder, FakeTimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = folder.Sqlite(),
            ["Messaging:Transport"] = "InMemory",
            ["Retention:PurgeInterval"] = PurgeInterval.ToString(),
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>Every audit entry of <paramref name="tenantId"/>, as JSON text, to search for words that must not be there.</summary>
    public async Task<string> AuditTextAsync(Guid tenantId)
    {
        var trail = _host.Services.GetRequiredService<IAuditTrail>();
        var entries = new List<AuditEntry>();
        for (var after = 0L; ;)
        {
            var page = await trail.ReadAsync(tenantId, null, null, after, 500, TestContext.Current.CancellationToken);
            if (page.Count == 0)
            {
                return JsonSerializer.Serialize(entries);
            }

            entries.AddRange(page);
            after = page[^1].Position;
        }
    }

    /// <summary>Every outbox payload the grain <paramref name="grainType"/>/<paramref name="key"/> raised, as (event type name, payload).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload)>> EventsOfAsync(string grainType, Guid key)
    {
        var log = await _host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == grainType && Guid.TryParse(m.GrainKey, out var k) && k == key)
            .Select(m => (m.Entry.MessageType.Split(',')[0].Split('.')[^1], m.Entry.PayloadJson))];
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        _folder.Dispose();
    }
}
