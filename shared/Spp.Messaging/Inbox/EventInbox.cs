using Dapper;
using MassTransit;
using Spp.Storage;

namespace Spp.Messaging.Inbox;

/// <summary>
/// Makes a consumer idempotent and in-order per grain. The consumer applies an event inside the
/// transaction this opens; the message id and the grain's applied sequence are recorded in the same
/// transaction, so an event is applied exactly once even though it may be delivered more than once.
/// Order is checked on the grain's sequence numbers, which count every event the grain raises: a
/// consumer that uses the inbox for a grain type must consume all of that grain type's events
/// (ignoring the ones it has no use for), or it would wait forever on the gap.
/// </summary>
public sealed class EventInbox<TDatabase>(TDatabase database, TimeProvider time)
    where TDatabase : ServiceDatabase
{
    /// <summary>
    /// Opens the apply transaction for the consumed event, or returns null when it was already applied.
    /// Throws <see cref="EventOutOfOrderException"/> when its grain's previous event has not been applied yet.
    /// </summary>
    /// <param name="context">The consume context (message id and envelope headers).</param>
    /// <param name="consumer">The consumer's stable name; each consumer keeps its own inbox.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<InboxTransaction?> BeginAsync(ConsumeContext context, string consumer, CancellationToken cancellationToken)
    {
        var envelope = GrainEventEnvelope.From(context);
        var connection = await database.OpenAsync(cancellationToken);
        var transaction = await ServiceDatabase.BeginWriteAsync(connection, cancellationToken);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        try
        {
            if (envelope is { GrainId: { } grainId, Sequence: { } sequence })
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO inbox_stream (consumer, grain_id, last_sequence) VALUES (@consumer, @grainId, 0) ON CONFLICT DO NOTHING",
                    new { consumer, grainId }, transaction, cancellationToken: cancellationToken));
                var last = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT last_sequence FROM inbox_stream WHERE consumer = @consumer AND grain_id = @grainId" + (postgres ? " FOR UPDATE" : string.Empty),
                    new { consumer, grainId }, transaction, cancellationToken: cancellationToken));
                if (sequence <= last)
                {
                    await DisposeAsync(connection, transaction);
                    return null;
                }

                if (sequence > last + 1)
                {
                    throw new EventOutOfOrderException(grainId, sequence, last);
                }
            }

            var fresh = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO inbox_message (consumer, message_id, received_at) VALUES (@consumer, @messageId, @at) ON CONFLICT DO NOTHING",
                new
                {
                    consumer,
                    messageId = postgres ? (object)envelope.MessageId : envelope.MessageId.ToString(),
                    at = postgres ? (object)time.GetUtcNow().UtcDateTime : time.GetUtcNow().ToString("O"),
                },
                transaction,
                cancellationToken: cancellationToken));
            if (fresh == 0)
            {
                await DisposeAsync(connection, transaction);
                return null;
            }

            return new InboxTransaction(connection, transaction, consumer, envelope);
        }
        catch
        {
            await DisposeAsync(connection, transaction);
            throw;
        }
    }

    private static async Task DisposeAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
