using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Spp.Grains.Hosting.Audit;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.Hosting.Storage;
using Spp.Grains.TestHost;

namespace Spp.Grains.Tests.Runtime;

/// <summary>
/// What the grain runtime guarantees, whichever store it runs on. Each engine runs the same tests
/// (<see cref="GrainRuntimeOnSqlite"/>, <see cref="GrainRuntimeOnPostgres"/>).
/// </summary>
public abstract class GrainRuntimeContract : IAsyncLifetime
{
    private readonly List<WebApplication> hosts = [];

    /// <summary>A connection string to an empty database for this test.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    private static readonly Guid CounterTenant = Guid.Parse("00000000-0000-0000-0000-00000000c0de");

    protected string Database { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync() => Database = await CreateDatabaseAsync();

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<WebApplication> StartHostAsync(params string[] settings)
    {
        var host = await CounterHosts.StartAsync(Database, settings: settings);
        hosts.Add(host);
        return host;
    }

    [Fact]
    public async Task Every_write_records_who_changed_what_with_the_values_before_and_after()
    {
        var host = await StartHostAsync("Outbox:Enabled=false");
        var first = Guid.NewGuid();
        using (GrainCallContext.ActAs("person-a"))
        {
            await host.Counter("audited").Increment(first);
        }

        await host.Counter("audited").Increment(Guid.NewGuid());
        await host.Counter("audited").Get();

        var trail = host.Services.GetRequiredService<IAuditTrail>();
        var entries = await trail.ReadAsync(CounterTenant, "test-counter", "audited", 0, 10, TestContext.Current.CancellationToken);
        Assert.Equal(["person-a", GrainRuntime.SystemActor], entries.Select(e => e.Actor));
        Assert.All(entries, e => Assert.Equal(nameof(ICounterGrain.Increment), e.Operation));
        Assert.Equal([1L, 2], entries.Select(e => e.Version));
        var value = Assert.Single(entries[1].Changes, c => c.Path == "value");
        Assert.Equal(1, value.Before!.GetValue<long>());
        Assert.Equal(2, value.After!.GetValue<long>());
        Assert.Empty(await trail.ReadAsync(Guid.NewGuid(), null, null, 0, 10, TestContext.Current.CancellationToken));

        var scrubbed = await trail.ScrubAsync(first.ToString(), "[erased]", TestContext.Current.CancellationToken);
        Assert.Equal(1, scrubbed);
        var after = await trail.ReadAsync(CounterTenant, null, null, 0, 10, TestContext.Current.CancellationToken);
        Assert.Equal("[erased]", after[0].Changes.Single(c => c.Path == "commands[0]").After!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_grain_starts_from_empty_state()
    {
        var host = await StartHostAsync();
        var counter = await host.Counter("fresh").Get();
        Assert.Equal(0, counter.Value);
        Assert.Equal("\"0\"", counter.ETag);
    }

    [Fact]
    public async Task State_and_events_are_stored_together_with_consecutive_sequence_numbers()
    {
        var host = await StartHostAsync("Outbox:Enabled=false");
        for (var i = 0; i < 5; i++)
        {
            await host.Counter("seq").Increment(Guid.NewGuid());
        }

        var outbox = host.Services.GetRequiredService<IOutboxStore>();
        var log = await outbox.ReadLogAsync(0, 100, TestContext.Current.CancellationToken);
        Assert.Equal([1L, 2, 3, 4, 5], log.Select(m => m.Entry.Sequence));
        Assert.All(log, m => Assert.Equal("test-counter/seq", m.GrainId));
        Assert.All(log, m => Assert.Equal(7, m.Entry.MessageId.Version));
        Assert.Equal(5, await outbox.CountPendingAsync(TestContext.Current.CancellationToken));
        Assert.Equal(5, (await host.Counter("seq").Get()).Value);
    }

    [Fact]
    public async Task Calls_to_one_grain_never_overlap_within_a_process()
    {
        var host = await StartHostAsync();
        var counter = host.Counter("turns");
        var seen = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => counter.Probe(TimeSpan.FromMilliseconds(5))));
        Assert.All(seen, inside => Assert.Equal(1, inside));
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_the_current_etag()
    {
        var host = await StartHostAsync();
        var counter = host.Counter("etag");
        var first = await counter.Increment(Guid.NewGuid());
        var second = await counter.Increment(Guid.NewGuid(), first.ETag);
        var refused = await Assert.ThrowsAsync<ETagMismatchException>(() => counter.Increment(Guid.NewGuid(), first.ETag));
        Assert.Equal(second.ETag, refused.CurrentETag);
        Assert.Equal(2, (await counter.Get()).Value);
    }

    [Fact]
    public async Task A_failed_call_stores_nothing_and_the_next_call_sees_the_stored_state()
    {
        var host = await StartHostAsync("Outbox:Enabled=false");
        var counter = host.Counter("fail");
        await counter.Increment(Guid.NewGuid());
        await Assert.ThrowsAsync<InvalidOperationException>(counter.FailAfterChanging);
        Assert.Equal(1, (await counter.Get()).Value);
        var log = await host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100, TestContext.Current.CancellationToken);
        Assert.Single(log);
    }

    [Fact]
    public async Task State_written_by_an_older_schema_loads_and_is_upgraded()
    {
        var host = await StartHostAsync();
        await host.Counter("old").Increment(Guid.NewGuid());
        var store = host.Services.GetRequiredService<SqlGrainStore>();
        // Rewrite the row as schema 1 wrote it: no label, unknown members from a removed field.
        await using (var connection = await store.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(UpdateStateSql, new { state = """{"value":41,"commands":[],"retired":"x"}""" });
        }

        var other = await StartHostAsync();
        var counter = await other.Counter("old").Get();
        Assert.Equal(41, counter.Value);
        Assert.Equal("counter at 41", counter.Label);
    }

    /// <summary>
    /// Whether writers on two hosts really race. SQLite serialises writers on its file lock, so the
    /// check-then-write window rarely opens there; PostgreSQL must show conflicts.
    /// </summary>
    protected abstract bool WritersRace { get; }

    /// <summary>Engine-specific SQL that rewrites the <c>test-counter/old</c> row as schema 1 with version 2.</summary>
    protected abstract string UpdateStateSql { get; }

    [Fact]
    public async Task Writers_on_two_hosts_lose_no_update()
    {
        var a = await StartHostAsync("Outbox:Enabled=false");
        var b = await StartHostAsync("Outbox:Enabled=false");
        const int perHost = 60;
        long Conflicts() => a.Services.GetRequiredService<GrainRuntimeMetrics>().Conflicts + b.Services.GetRequiredService<GrainRuntimeMetrics>().Conflicts;

        // Whether a round of writers overlaps depends on scheduling; where writers really race, more
        // rounds are run (at most five) until one has conflicted, and no round may lose an update.
        var rounds = 0;
        do
        {
            rounds++;
            await Task.WhenAll(
                Task.WhenAll(Enumerable.Range(0, perHost).Select(_ => a.Counter("shared").Increment(Guid.NewGuid()))),
                Task.WhenAll(Enumerable.Range(0, perHost).Select(_ => b.Counter("shared").Increment(Guid.NewGuid()))));
        }
        while (WritersRace && Conflicts() == 0 && rounds < 5);

        var written = rounds * 2 * perHost;
        var final = await a.Counter("shared").Get();
        Assert.Equal(written, final.Value);
        Assert.Equal(written, final.Commands);
        var log = await a.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 10_000, TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, written).Select(i => (long)i), log.Select(m => m.Entry.Sequence));
        if (WritersRace)
        {
            Assert.True(Conflicts() > 0, "two hosts writing one grain must have conflicted at least once");
        }
    }
}
