using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spp.Grains.Hosting.Outbox;
using Spp.Improvement.Actions;
using Spp.Improvement.Seeding;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Seeding.Support;

/// <summary>
/// The improvement domain over a SQLite file, composed as the admin command composes it, seeded once
/// at a small scale: the tests read the dataset back through the grains.
/// </summary>
public sealed class SeededHost() : DomainGrainHost("seed-grains")
{
    public static readonly SeedOptions Options = new(Scale: 0.002, Seed: 7, Parallelism: 4);

    public SeedDataset Dataset { get; } = SeedDataset.Build(Options);

    public SeedSummary? FirstRun { get; private set; }

    public StringWriter Progress { get; } = new();

    public Task<SeedSummary> SeedAsync() =>
        new NationalSeeder(Grains, Services.GetRequiredService<IActionPlanLinks>(), TimeProvider.System, Progress)
            .RunAsync(Options, TestContext.Current.CancellationToken);

    /// <summary>How many events the grains have written to the outbox so far.</summary>
    public async Task<int> OutboxCountAsync() => (await OutboxAsync()).Count;

    protected override void Configure(HostApplicationBuilder builder) =>
        builder.Services.PostConfigure<OutboxDispatcherOptions>(o => o.Enabled = false);

    protected override async Task StartedAsync() => FirstRun = await SeedAsync();
}
