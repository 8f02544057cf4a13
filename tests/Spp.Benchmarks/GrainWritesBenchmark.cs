using Npgsql;
using Spp.Grains;
using Spp.Grains.TestHost;

namespace Spp.Benchmarks;

/// <summary>
/// The grain write path on PostgreSQL: commands per second and latency of grain calls that write
/// (refresh read + state and outbox in one transaction), with one and two hosts, the outbox
/// dispatcher off (the write path alone) and on, for many grains and for one contended grain —
/// next to plain Npgsql on the same server.
/// </summary>
internal sealed class GrainWritesBenchmark(string server, int commands, int clients, int rounds, string? rabbitMq, string grain, bool keep, TextWriter output)
{
    private enum Workload
    {
        ManyGrains,
        Contended,
    }

    private int Warmup => Math.Max(commands / 4, clients * 20);

    /// <summary>Runs every scenario; 1 when a run's check of the stored events failed.</summary>
    public async Task<int> RunAsync()
    {
        var version = await BenchDatabase.ServerVersionAsync(server);
        var fsync = await BenchDatabase.SettingAsync(server, "fsync");
        var commit = await BenchDatabase.SettingAsync(server, "synchronous_commit");
        await output.WriteLineAsync($"grain-writes: PostgreSQL {version} (fsync={fsync}, synchronous_commit={commit}), {Environment.ProcessorCount} cores");
        await output.WriteLineAsync($"  {clients} clients in a closed loop, {commands} commands per run after {Warmup} warm-up commands, a fresh database per run");
        await output.WriteLineAsync($"  grain: {(grain == "bench" ? "BenchCounterGrain (fixed-size state)" : "CounterGrain (state keeps every command id)")}; " +
            $"dispatcher transport: {(rabbitMq is null ? "in-memory" : "RabbitMQ")}");
        if (rounds > 1)
        {
            await output.WriteLineAsync($"  {rounds} rounds of every run, interleaved; each row is the round with the median cmd/s (the lower middle one for an even count), the range is over all rounds");
        }

        await output.WriteLineAsync();
        var loadBefore = MachineLoad.Describe();

        // Scenario name → its result in each round. Rounds interleave the scenarios so that a
        // burst of other work on the machine spoils one round of several scenarios, not all rounds of one.
        var results = new Dictionary<string, List<GrainRun>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, run) in Scenarios())
            {
                Progress(rounds > 1 ? $"round {round}/{rounds}: {name}" : name);
                var result = await run();
                if (!results.TryGetValue(name, out var list))
                {
                    results[name] = list = [];
                    order.Add(name);
                }

                list.Add(result);
            }
        }

        var chosen = order.Select(name => Median(results[name])).ToList();
        var bare = chosen[0].Load;
        var table = new TextTable("run", "hosts", "dispatcher", "cmd/s", rounds > 1 ? "cmd/s range" : string.Empty, "p50 ms", "p99 ms", "conflicts", "failed", "tput/bare", "p50/bare",
            "app CPU µs/cmd", "PG CPU µs/cmd", "others' CPU", "outbox after run");
        foreach (var (name, run) in order.Zip(chosen))
        {
            var r = run.Load;
            var all = results[name];
            table.Add(
                run.Label,
                run.Hosts == 0 ? "-" : run.Hosts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                run.Hosts == 0 ? "-" : run.Dispatcher ? "on" : "off",
                Figures.N0(r.Throughput),
                rounds > 1 ? $"{Figures.N0(all.Min(x => x.Load.Throughput))}–{Figures.N0(all.Max(x => x.Load.Throughput))}" : string.Empty,
                Figures.Ms(r.P50),
                Figures.Ms(r.P99),
                run.Hosts == 0 ? "-" : Figures.N0(run.Conflicts),
                run.Hosts == 0 ? "-" : Figures.N0(r.Failures),
                Figures.Ratio(r.Throughput / bare.Throughput),
                Figures.Ratio(r.P50 / bare.P50),
                Figures.N0(r.ProcessCpuPerOperation),
                Figures.N0(r.DatabaseCpuPerOperation),
                Figures.N0(r.OthersPercent) + " %",
                run.Dispatcher ? $"{Figures.N0(run.PendingAtEnd)} pending, drained in {Figures.F1(run.Drain.TotalSeconds)} s" : "-");
        }

        await output.WriteLineAsync(table.ToString());
        await output.WriteLineAsync("tput/bare = cmd/s ÷ bare INSERT/s (below 1: slower); p50/bare = p50 ÷ bare INSERT p50 (above 1: slower).");
        await output.WriteLineAsync("conflicts = writes refused because another host wrote first (re-run on fresh state; GrainRuntimeMetrics.Conflicts);");
        await output.WriteLineAsync("failed = calls that still conflicted after Grains:MaxWriteAttempts (GrainConcurrencyException).");
        await output.WriteLineAsync("app CPU = this process (client loop + grain runtime of every host); PG CPU = the backends serving the run's database;");
        await output.WriteLineAsync("others' CPU = the rest of the machine's busy time during the run, as a share of all cores (PostgreSQL's background processes, other programs): noise when high.");
        var busiest = chosen.Max(r => r.Load.OthersPercent);
        await output.WriteLineAsync($"machine: {loadBefore} before, {MachineLoad.Describe()} after" +
            (busiest > 10 ? $"; WARNING: other work used up to {Figures.N0(busiest)} % of the CPU during a reported run — those figures are pessimistic" : string.Empty));
        var failed = results.Values.SelectMany(r => r).Where(r => r.Mismatch is not null).ToList();
        foreach (var run in failed)
        {
            await output.WriteLineAsync($"CHECK FAILED ({run.Label}, {run.Hosts} host(s)): {run.Mismatch}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private IEnumerable<(string Name, Func<Task<GrainRun>> Run)> Scenarios()
    {
        yield return ("bare INSERT", async () => GrainRun.Bare("bare Npgsql: 1 INSERT (autocommit)", await BareNpgsql.InsertAsync(server, clients, Warmup, commands, keep)));
        yield return ("bare grain SQL", async () => GrainRun.Bare("bare Npgsql: the grain's SQL by hand", await BareNpgsql.GrainSqlAsync(server, clients, Warmup, commands, keep)));
        foreach (var workload in new[] { Workload.ManyGrains, Workload.Contended })
        {
            foreach (var dispatcher in new[] { false, true })
            {
                foreach (var hosts in new[] { 1, 2 })
                {
                    yield return ($"{Describe(workload)}, {hosts} host(s), dispatcher {(dispatcher ? "on" : "off")}", () => RunGrainsAsync(workload, hosts, dispatcher));
                }
            }
        }
    }

    private static GrainRun Median(List<GrainRun> runs) => runs.OrderBy(r => r.Load.Throughput).ElementAt((runs.Count - 1) / 2);

    private async Task<GrainRun> RunGrainsAsync(Workload workload, int hostCount, bool dispatcher)
    {
        await using var database = await BenchDatabase.CreateAsync(server, "grains", keep);
        var hosts = new List<BenchHost>();
        try
        {
            for (var i = 0; i < hostCount; i++)
            {
                hosts.Add(await BenchHost.StartAsync(database.ConnectionString, dispatcher, rabbitMq));
            }

            Func<int, int, Task<bool>> call = async (client, _) =>
            {
                // Clients are spread over the hosts, as a load balancer would spread requests.
                var grains = hosts[client % hosts.Count].Grains;
                var key = workload == Workload.ManyGrains ? $"client-{client}" : "hot";
                try
                {
                    if (grain == "bench")
                    {
                        await grains.GetGrain<IBenchCounterGrain>(key).Increment(Guid.NewGuid());
                    }
                    else
                    {
                        await grains.GetGrain<ICounterGrain>(key).Increment(Guid.NewGuid());
                    }

                    return true;
                }
                catch (GrainConcurrencyException)
                {
                    return false;
                }
            };

            var warm = await LoadRunner.RunAsync(clients, Warmup, call);
            if (dispatcher)
            {
                await hosts[0].WaitDrainedAsync(TimeSpan.FromMinutes(5));
            }

            var conflictsBefore = hosts.Sum(h => h.Metrics.Conflicts);
            var load = await LoadRunner.RunAsync(clients, commands, call, database.Name);
            var conflicts = hosts.Sum(h => h.Metrics.Conflicts) - conflictsBefore;
            long pending = 0;
            var drain = TimeSpan.Zero;
            if (dispatcher)
            {
                pending = await hosts[0].Outbox.CountPendingAsync(CancellationToken.None);
                drain = await hosts[0].WaitDrainedAsync(TimeSpan.FromMinutes(5));
            }

            var expected = Warmup - warm.Failures + commands - load.Failures;
            var mismatch = await CheckAsync(database.ConnectionString, expected);
            return new GrainRun(Describe(workload), hostCount, dispatcher, load, conflicts, pending, drain, mismatch);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>Every successful call stored exactly one event, and the counters add up to them.</summary>
    private static async Task<string?> CheckAsync(string connectionString, long expected)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM outbox), (SELECT COALESCE(SUM(last_sequence), 0)::bigint FROM grain_state)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var events = reader.GetInt64(0);
        var sequences = reader.GetInt64(1);
        return events == expected && sequences == expected ? null : $"{expected} successful calls, but {events} outbox rows and sequences adding up to {sequences}";
    }

    private static string Describe(Workload workload) => workload == Workload.ManyGrains ? "many grains (one per client)" : "contended (all clients, one grain)";

    private static void Progress(string what) => Console.Error.WriteLine($"  running: {what}");

    /// <summary>One run's figures; <see cref="Hosts"/> is 0 for the bare Npgsql runs.</summary>
    private sealed record GrainRun(string Label, int Hosts, bool Dispatcher, LoadResult Load, long Conflicts, long PendingAtEnd, TimeSpan Drain, string? Mismatch)
    {
        public static GrainRun Bare(string label, LoadResult load) => new(label, 0, false, load, 0, 0, TimeSpan.Zero, null);
    }
}
