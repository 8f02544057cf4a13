using Dapper;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using Spp.Contracts.Messaging;
using Spp.Messaging.Inbox;
using Spp.Storage;
using Spp.Testing;

namespace Spp.Messaging.Tests;

/// <summary>The consumer side of messaging on a real RabbitMQ: duplicates, order, poison messages.</summary>
public sealed class InboxAndRetryTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "spp-inbox-" + Guid.NewGuid().ToString("N"));
    private WebApplication? host;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Duplicates_are_applied_once_and_early_events_wait_for_their_predecessors()
    {
        var ct = TestContext.Current.CancellationToken;
        var bus = await StartAsync();
        var ledger = "ledger-" + Guid.NewGuid().ToString("N");
        var ids = Enumerable.Range(1, 5).Select(_ => NewId.NextGuid()).ToArray();

        // Lines 3, 1, 2 (again), 5, 2, 4, 1 (again): out of order and duplicated, as a redelivery storm would.
        foreach (var line in new[] { 3, 1, 2, 5, 2, 4, 1 })
        {
            await bus.Publish(new LedgerEntryAdded(ledger, line), c =>
            {
                c.MessageId = ids[line - 1];
                c.Headers.Set(EventHeaders.GrainId, $"ledger/{ledger}");
                c.Headers.Set(EventHeaders.Sequence, line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }, ct);
        }

        var applied = await PollAsync(async () =>
        {
            await using var connection = await host!.Services.GetRequiredService<LedgerDatabase>().OpenAsync(ct);
            return (await connection.QueryAsync<long>("SELECT line FROM ledger_line WHERE ledger = @ledger ORDER BY position", new { ledger })).ToList();
        }, lines => lines.Count >= 5, ct);
        await Task.Delay(1000, ct); // any late duplicate would land now
        await using var check = await host!.Services.GetRequiredService<LedgerDatabase>().OpenAsync(ct);
        var final = (await check.QueryAsync<long>("SELECT line FROM ledger_line WHERE ledger = @ledger ORDER BY position", new { ledger })).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], applied);
        Assert.Equal([1L, 2, 3, 4, 5], final);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_a_bounded_number_of_times_then_moved_to_the_error_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        var bus = await StartAsync("--Messaging:RetryLimit=2");
        PurgeQueue("poison_error");
        var before = PoisonConsumer.Attempts;

        await bus.Publish(new PoisonArrived(Guid.NewGuid()), ct);

        var inError = await PollAsync(() => Task.FromResult(ErrorQueueDepth("poison_error")), depth => depth >= 1, ct);
        Assert.Equal(1u, inError);
        Assert.Equal(3, PoisonConsumer.Attempts - before); // the first try and two retries
    }

    private async Task<IBus> StartAsync(params string[] settings)
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Ledger=Data Source={Path.Combine(folder, "ledger.db")}",
            $"--ConnectionStrings:RabbitMq={TestServers.RabbitMq}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        builder.AddServiceDatabase("Ledger", (n, cs) => new LedgerDatabase(n, cs));
        builder.Services.AddEventInbox<LedgerDatabase>();
        builder.Services.AddMigrations<LedgerDatabase>(LedgerDatabase.Migrations);
        builder.AddPlatformMessaging(x =>
        {
            x.AddConsumer<LedgerProjection>();
            x.AddConsumer<PoisonConsumer>().Endpoint(e => e.Name = "poison");
        });
        host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host.Services.GetRequiredService<IBus>();
    }

    private static uint ErrorQueueDepth(string queue) => WithChannel(channel =>
    {
        try
        {
            return channel.QueueDeclarePassiveAsync(queue).GetAwaiter().GetResult().MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0u; // not declared yet
        }
    });

    /// <summary>The error queue outlives test runs on the shared node: start from empty.</summary>
    private static void PurgeQueue(string queue) => WithChannel(channel =>
    {
        try
        {
            return channel.QueuePurgeAsync(queue).GetAwaiter().GetResult();
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0u;
        }
    });

    private static T WithChannel<T>(Func<IChannel, T> use)
    {
        var factory = new ConnectionFactory { Uri = TestServers.RabbitMq };
        using var connection = factory.CreateConnectionAsync().GetAwaiter().GetResult();
        using var channel = connection.CreateChannelAsync().GetAwaiter().GetResult();
        return use(channel);
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, ct);
            value = await read();
        }

        return value;
    }
}
