using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.TestHost;
using Spp.Testing;

namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// Many clients write one grain through two grain hosts at once (one in this process, one a
/// separate process, both over the same PostgreSQL database), while two competing projection
/// consumers apply the events from one RabbitMQ queue into a database they share.
/// </summary>
[Collection(nameof(CounterEventsCollection))]
public sealed class ConcurrentWritersTests
{
    private const int Clients = 32;
    private const int CommandsPerClient = 32;
    private const int Commands = Clients * CommandsPerClient; // 1,024
    private const string Key = "contended";

    [Fact]
    public async Task Every_command_sent_through_two_hosts_is_applied_once_and_projected_once_in_order_by_competing_consumers()
    {
        var clock = Stopwatch.StartNew();
        // A broker of this test's own: the projection's queue and the event's exchange are the same for every
        // test run, so on a shared broker a concurrent run's consumers would take this test's events.
        await using var rabbitMq = await PrivateRabbitMq.StartNewAsync(TestContext.Current.CancellationToken);
        var broker = rabbitMq.AmqpUri;
        await using var grains = await PostgresDatabase.CreateAsync("writers_grains", cancellationToken: TestContext.Current.CancellationToken);
        await using var projection = await PostgresDatabase.CreateAsync("writers_projection", cancellationToken: TestContext.Current.CancellationToken);

        // Two hosts, each running grains, dispatcher and projection consumer: one here, one a separate process.
        var localDeliveries = new Deliveries();
        await using var local = await InProcessHost.StartGrainsAsync(
            grains.ConnectionString, projection.ConnectionString, broker, b => b.Services.AddReceiveObserver(_ => localDeliveries));
        await using var remote = await CounterHostProcess.StartAsync(
            "grains,projection",
            $"ConnectionStrings:Counter={grains.ConnectionString}",
            $"ConnectionStrings:CounterProjection={projection.ConnectionString}",
            $"ConnectionStrings:RabbitMq={broker}");
        await CounterQueues.WaitForConsumersAsync(broker, consumers: 2);
        var ready = clock.Elapsed;

        // 32 clients, half on each host, every command with its own id.
        var acknowledged = new ConcurrentBag<(Guid Command, long Value)>();
        var failures = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < CommandsPerClient; i++)
            {
                var command = Guid.NewGuid();
                try
                {
                    var view = client % 2 == 0
                        ? await local.Counter(Key).Increment(command)
                        : await remote.IncrementAsync(Key, command);
                    acknowledged.Add((command, view.Value));
                }
                catch (Exception ex)
                {
                    failures.Add($"client {client}, command {i}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })));
        var written = clock.Elapsed;

        Assert.Empty(failures);
        Assert.Equal(Commands, acknowledged.Count);
        // Each acknowledged call saw its own value: no two commands were applied on the same state.
        Assert.Equal(Enumerable.Range(1, Commands).Select(v => (long)v), acknowledged.Select(a => a.Value).Order());

        // The two hosts really raced, and every call stored exactly one write.
        var localConflicts = local.Get<GrainRuntimeMetrics>().Conflicts;
        var remoteConflicts = await remote.ConflictsAsync();
        Assert.True(localConflicts + remoteConflicts > 0, "two hosts writing one grain must have conflicted at least once");
        var localWrites = local.Get<GrainRuntimeMetrics>().Writes;
        var remoteWrites = await remote.WritesAsync();
        Assert.Equal(Commands / 2, localWrites);
        Assert.Equal(Commands / 2, remoteWrites);

        // The stored state holds every command once, in the order of the values they were acknowledged with.
        var state = await CounterRecords.StateAsync(grains, Key);
        Assert.Equal(Commands, state.Value);
        Assert.Equal(Commands, state.Commands.Distinct().Count());
        var commandsInOrder = acknowledged.OrderBy(a => a.Value).Select(a => a.Command).ToList();
        Assert.Equal(commandsInOrder, state.Commands);
        Assert.Equal(Enumerable.Range(1, Commands).Select(s => (long)s), await CounterRecords.OutboxSequencesAsync(grains, Key));

        await CounterRecords.AssertProjectedExactlyOnceInOrderAsync(projection, Key, commandsInOrder, broker, TimeSpan.FromSeconds(180));
        await Eventually.UntilAsync("the outbox is drained", TimeSpan.FromSeconds(30), () => CounterRecords.PendingAsync(grains), p => p == 0);

        // The consumers competed: each took a share of the events.
        Assert.InRange(localDeliveries.Distinct, 1, Commands - 1);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Commands} commands: hosts ready {ready.TotalSeconds:0.0} s, written by {written.TotalSeconds:0.0} s, projected by {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"conflicts {localConflicts} here + {remoteConflicts} in the other process; {localDeliveries.Distinct} events consumed here, the rest in the other process");
    }
}
