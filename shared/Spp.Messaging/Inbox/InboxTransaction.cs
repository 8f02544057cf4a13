using System.Data.Common;
using Dapper;

namespace Spp.Messaging.Inbox;

/// <summary>The transaction an event is applied in. Commit with <see cref="CompleteAsync"/>; disposing without it rolls back.</summary>
public sealed class InboxTransaction(DbConnection connection, DbTransaction transaction, string consumer, GrainEventEnvelope envelope) : IAsyncDisposable
{
    /// <summary>The open connection to the consumer's database.</summary>
    public DbConnection Connection { get; } = connection;

    /// <summary>The transaction to run the consumer's writes in.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>The envelope of the event being applied.</summary>
    public GrainEventEnvelope Envelope { get; } = envelope;

    /// <summary>Records the event as applied and commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (Envelope is { GrainId: { } grainId, Sequence: { } sequence })
        {
            await Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE inbox_stream SET last_sequence = @sequence WHERE consumer = @consumer AND grain_id = @grainId",
                new { sequence, consumer, grainId }, Transaction, cancellationToken: cancellationToken));
        }

        await Transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
