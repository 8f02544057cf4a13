using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Actions;
using Spp.Improvement.Seeding;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Seeding.Support;

/// <summary>
/// The improvement domain over a SQLite file, composed as the admin command composes it, seeded once
/// at a small scale: the tests read the dataset back through the grains.
/// </summary>
public sealed class SeededHost : IAsyncLifetime
{
    public static readonly SeedOptions Options = new(Scale: 0.002, Seed: 7, Parallelism: 4);

    private readonly TempFolder _folder = new("seed-grains");
    private IHost? _host;

    private IHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public SeedDataset Dataset { get; } = SeedDataset.Build(Options);

    public SeedSummary? FirstRun { get; private set; }

    public StringWriter Progress { get; } = new();

    public Task<SeedSummary> SeedAsync() =>
        new NationalSeeder(Grains, Host.Services.GetRequiredService<IActionPlanLinks>(), TimeProvider.System, Progress)
            .RunAsync(Options, TestContext.Current.CancellationToken);

    /// <summary>How many events the grains have written to the outbox so far.</summary>
    public async Task<int> OutboxCountAsync() =>
        (await Host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 1_000_000, TestContext.Current.CancellationToken)).Count;

    public async ValueTask InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = _folder.Sqlite(),
            ["Messaging:Transport"] = "InMemory",
        });
        builder.Logging.ClearProviders();
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        builder.Services.PostConfigure<Spp.Grains.Hosting.Outbox.OutboxDispatcherOptions>(o => o.Enabled = false);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        FirstRun = await SeedAsync();
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
