using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Spp.Testing;

namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// The process publishing the outbox is killed (SIGKILL) in the middle of draining it; another
/// one takes over. Events may go out twice (published, not yet marked, when the process died), but
/// the projection applies each exactly once and in order.
/// </summary>
[Collection(nameof(CounterEventsCollection))]
public sealed class DispatcherCrashTests
{
    private const int Commands = 1000;
    private const int MinimumLeftPending = 100;
    private const int BatchSize = 20;
    private const string Key = "crash";

    [Fact]
    public async Task Events_left_in_the_outbox_by_a_killed_dispatcher_are_projected_exactly_once_in_order_after_a_restart()
    {
        var clock = Stopwatch.StartNew();
        var output = TestContext.Current.TestOutputHelper;
        // A broker of this test's own: the projection's queue and the event's exchange are the same for every
        // test run, so on a shared broker a concurrent run's consumers would take this test's events.
        await using var rabbitMq = await PrivateRabbitMq.StartNewAsync(TestContext.Current.CancellationToken);
        var broker = rabbitMq.AmqpUri;
        await using var grains = await PostgresDatabase.CreateAsync("crash_grains", cancellationToken: TestContext.Current.CancellationToken);
        await using var projection = await PostgresDatabase.CreateAsync("crash_projection", cancellationToken: TestContext.Current.CancellationToken);

        // Write every command with the dispatcher off: all events wait in the outbox.
        var acknowledged = new ConcurrentBag<(Guid Command, long Value)>();
        await using (var writer = await InProcessHost.StartGrainsAsync(grains.ConnectionString, projection: null, rabbitMq: null, settings: "Outbox:Enabled=false"))
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var i = 0; i < Commands / 4; i++)
                {
                    var command = Guid.NewGuid();
                    acknowledged.Add((command, (await writer.Counter(Key).Increment(command)).Value));
                }
            })));
        }

        var commandsInOrder = acknowledged.OrderBy(a => a.Value).Select(a => a.Command).ToList();
        Assert.Equal(Enumerable.Range(1, Commands).Select(v => (long)v), acknowledged.Select(a => a.Value).Order());
        Assert.Equal(Commands, await CounterRecords.PendingAsync(grains));
        var written = clock.Elapsed;

        // The projection listens before anything is published (the broker drops events no queue is bound for).
        var deliveries = new Deliveries();
        await using var consumer = await InProcessHost.StartProjectionAsync(
            projection.ConnectionString, broker, b => b.Services.AddReceiveObserver(_ => deliveries));
        await CounterQueues.WaitForConsumersAsync(broker, consumers: 1);
        Assert.Equal(0, await CounterRecords.AppliedCountAsync(projection, Key));

        // A dispatcher in a process of its own drains the outbox in small batches ...
        var grainSettings = new[] { $"ConnectionStrings:Counter={grains.ConnectionString}", $"ConnectionStrings:RabbitMq={broker}", $"Outbox:BatchSize={BatchSize}" };
        var first = await CounterHostProcess.StartAsync("grains", grainSettings);
        long pendingAtKill;
        long appliedAtKill;
        await using (first)
        {
            // ... and is killed once the projection has received events but many are still pending.
            var seen = await Eventually.UntilAsync(
                "the projection receives events from the first dispatcher",
                TimeSpan.FromSeconds(90),
                async () => (Applied: await CounterRecords.AppliedCountAsync(projection, Key), Pending: await CounterRecords.PendingAsync(grains)),
                s => (s.Applied > 0 && s.Pending <= Commands - 100) || s.Pending < Commands / 2,
                s => $"{s.Applied} applied, {s.Pending} pending");
            first.Kill();
            Assert.True(first.HasExited, "the dispatcher process must be dead");
            Assert.True(seen.Applied > 0, $"the projection must have received events before the kill; {seen.Pending} were pending");
            pendingAtKill = await CounterRecords.PendingAsync(grains);
            appliedAtKill = await CounterRecords.AppliedCountAsync(projection, Key);
            output?.WriteLine($"killed with {seen.Applied} applied / {seen.Pending} pending seen; {pendingAtKill} pending after the kill");
        }

        Assert.True(pendingAtKill >= MinimumLeftPending, $"the kill must leave at least {MinimumLeftPending} events pending; {pendingAtKill} were");
        Assert.True(pendingAtKill < Commands, "the first dispatcher must have published some events before the kill");

        // The kill may or may not have hit the window between publishing a batch and marking it. Open
        // that window for sure: the last batch marked goes back to pending, as if the process had died
        // just before marking it, so those events are certainly published (and delivered) twice.
        var reopened = await CounterRecords.ReopenLastDispatchedAsync(grains, BatchSize);
        Assert.Equal(BatchSize, reopened);

        // Nothing publishes while no dispatcher runs: the pending events stay pending.
        Assert.Equal(pendingAtKill + BatchSize, await CounterRecords.PendingAsync(grains));

        // A new process takes over the outbox.
        await using var second = await CounterHostProcess.StartAsync("grains", grainSettings);
        await CounterRecords.AssertProjectedExactlyOnceInOrderAsync(projection, Key, commandsInOrder, broker, TimeSpan.FromSeconds(240));
        await Eventually.UntilAsync("the outbox is drained", TimeSpan.FromSeconds(30), () => CounterRecords.PendingAsync(grains), p => p == 0);
        Assert.Equal(Commands, deliveries.Distinct);
        Assert.True(deliveries.Duplicates >= BatchSize, $"the re-opened events must have been delivered twice; {deliveries.Duplicates} were");
        output?.WriteLine(
            $"{Commands} events: written by {written.TotalSeconds:0.0} s, killed with {pendingAtKill} pending and {appliedAtKill} applied, "
            + $"all projected by {clock.Elapsed.TotalSeconds:0.0} s; {deliveries.Duplicates} delivered twice and applied once");
    }
}
