using Dapper;
using MassTransit;
using Spp.Messaging.Inbox;

namespace Spp.Grains.TestHost;

/// <summary>
/// Applies counter events through the inbox. The table's keys make a second application of an
/// event, or one out of order, an error the tests would see — the inbox must prevent both.
/// </summary>
public sealed class CounterProjection(EventInbox<CounterProjectionDatabase> inbox) : IConsumer<CounterIncremented>
{
    public async Task Consume(ConsumeContext<CounterIncremented> context)
    {
        await using var apply = await inbox.BeginAsync(context, "counter-projection", context.CancellationToken);
        if (apply is null)
        {
            return;
        }

        var previous = await apply.Connection.ExecuteScalarAsync<long?>(
            "SELECT MAX(value) FROM counter_applied WHERE counter = @counter", new { counter = context.Message.Counter }, apply.Transaction) ?? 0;
        if (context.Message.Value != previous + 1)
        {
            throw new InvalidOperationException($"Counter {context.Message.Counter}: applying {context.Message.Value} after {previous}.");
        }

        await apply.Connection.ExecuteAsync(
            "INSERT INTO counter_applied (counter, command_id, value) VALUES (@counter, @commandId, @value)",
            new { counter = context.Message.Counter, commandId = context.Message.CommandId.ToString(), value = context.Message.Value },
            apply.Transaction);
        await apply.CompleteAsync(context.CancellationToken);
    }
}
