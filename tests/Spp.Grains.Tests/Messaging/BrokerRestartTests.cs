using System.Collections.Concurrent;
using System.Diagnostics;
using Spp.Testing;

namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// The broker (a node of this test's own) stops in the middle of a stream of writes and comes back:
/// writes keep succeeding meanwhile (the outbox holds their events), and afterwards every event
/// reaches the projection exactly once, in order.
/// </summary>
[Collection(nameof(CounterEventsCollection))]
public sealed class BrokerRestartTests
{
    private const string Key = "restart";
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Writes_succeed_while_the_broker_is_down_and_every_event_is_projected_once_in_order_after_it_returns()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        await using var broker = await PrivateRabbitMq.StartNewAsync(cancellationToken);
        var amqp = broker.AmqpUri;
        await using var grains = await PostgresDatabase.CreateAsync("restart_grains", cancellationToken: cancellationToken);
        await using var projection = await PostgresDatabase.CreateAsync("restart_projection", cancellationToken: cancellationToken);
        await using var consumer = await InProcessHost.StartProjectionAsync(projection.ConnectionString, amqp);
        await CounterQueues.WaitForConsumersAsync(amqp, consumers: 1);
        await using var writer = await InProcessHost.StartGrainsAsync(grains.ConnectionString, projection: null, amqp);
        var started = clock.Elapsed;

        // A steady stream of writes from two clients (about 25 a second: the projection of one
        // grain's events is the slow part, so the stream is kept to a few hundred events).
        var acknowledged = new ConcurrentQueue<(Guid Command, long Value)>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var stream = Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var command = Guid.NewGuid();
                try
                {
                    acknowledged.Enqueue((command, (await writer.Counter(Key).Increment(command)).Value));
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"{ex.GetType().Name}: {ex.Message}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(80), CancellationToken.None);
            }
        })));

        // Events flow end to end before the broker goes away.
        await Eventually.UntilAsync(
            "writes are acknowledged and projected",
            Phase,
            async () => (Acked: acknowledged.Count, Applied: await CounterRecords.AppliedCountAsync(projection, Key)),
            s => s.Acked >= 50 && s.Applied > 0,
            s => $"{s.Acked} acknowledged, {s.Applied} applied");

        await broker.StopAsync(cancellationToken);
        var stoppedAt = clock.Elapsed;
        var ackedAtStop = acknowledged.Count;

        // With the broker down, writes go on for a few seconds; their events wait in the outbox.
        var down = Stopwatch.StartNew();
        await Eventually.UntilAsync(
            "writes are acknowledged while the broker is down",
            Phase,
            () => Task.FromResult(acknowledged.Count - ackedAtStop),
            acked => acked >= 50 && down.Elapsed >= TimeSpan.FromSeconds(3),
            acked => $"{acked} acknowledged in {down.Elapsed.TotalSeconds:0.0} s");
        var ackedWhileDown = acknowledged.Count - ackedAtStop;
        var pendingWhileDown = await CounterRecords.PendingAsync(grains);
        Assert.Empty(failures);
        Assert.True(
            pendingWhileDown >= ackedWhileDown,
            $"the {ackedWhileDown} events written while the broker was down must wait in the outbox; {pendingWhileDown} are pending");

        await broker.StartAsync(cancellationToken);
        var restartedAt = clock.Elapsed;
        var ackedAtRestart = acknowledged.Count;
        await Eventually.UntilAsync(
            "writes go on after the broker is back",
            Phase,
            () => Task.FromResult(acknowledged.Count - ackedAtRestart),
            acked => acked >= 50);
        await stop.CancelAsync();
        await stream;

        Assert.Empty(failures);
        var commandsInOrder = acknowledged.OrderBy(a => a.Value).Select(a => a.Command).ToList();
        Assert.Equal(Enumerable.Range(1, commandsInOrder.Count).Select(v => (long)v), acknowledged.Select(a => a.Value).Order());
        var state = await CounterRecords.StateAsync(grains, Key);
        Assert.Equal(commandsInOrder, state.Commands);

        await CounterRecords.AssertProjectedExactlyOnceInOrderAsync(projection, Key, commandsInOrder, amqp, TimeSpan.FromSeconds(180));
        await Eventually.UntilAsync("the outbox is drained", TimeSpan.FromSeconds(30), () => CounterRecords.PendingAsync(grains), p => p == 0);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{commandsInOrder.Count} events: hosts up at {started.TotalSeconds:0.0} s, broker stopped at {stoppedAt.TotalSeconds:0.0} s "
            + $"({ackedWhileDown} writes while down, {pendingWhileDown} pending), back at {restartedAt.TotalSeconds:0.0} s, all projected by {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
