using System.Data.Common;
using System.Text.Json;
using Dapper;
using Spp.Grains.Hosting.Runtime;
using Spp.Storage;

namespace Spp.Grains.Hosting.Storage;

/// <summary>
/// Grain state and outbox on the service's database. The SQL is shared; where PostgreSQL and
/// SQLite differ (column types, parameter casts) <see cref="StoreDialect"/> says how.
/// </summary>
public sealed class SqlGrainStore(ServiceDatabase database, TimeProvider time) : IGrainStateStore, IOutboxStore
{
    private readonly StoreDialect dialect = StoreDialect.For(database.Provider);

    /// <inheritdoc />
    public async Task<StoredGrainState?> ReadIfChangedAsync(string grainType, string grainKey, long? knownVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredGrainState>(new CommandDefinition(
            """
            SELECT version AS Version, schema_version AS SchemaVersion, state AS StateJson, last_sequence AS LastSequence
            FROM grain_state
            WHERE grain_type = @grainType AND grain_key = @grainKey AND version <> @knownVersion
            """,
            new { grainType, grainKey, knownVersion = knownVersion ?? -1 },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<bool> TryWriteAsync(GrainWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await ServiceDatabase.BeginWriteAsync(connection, cancellationToken);
        var now = time.GetUtcNow();
        var state = new
        {
            grainType = write.GrainType,
            grainKey = write.GrainKey,
            expected = write.ExpectedVersion,
            version = write.ExpectedVersion + 1,
            schemaVersion = write.SchemaVersion,
            state = write.StateJson,
            lastSequence = write.LastSequence,
            now = dialect.Instant(now),
        };
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            write.ExpectedVersion == 0 ? dialect.InsertState : dialect.UpdateState, state, transaction, cancellationToken: cancellationToken));
        if (rows != 1)
        {
            return false;
        }

        foreach (var e in write.Events)
        {
            await connection.ExecuteAsync(new CommandDefinition(dialect.InsertOutbox, new
            {
                messageId = dialect.Id(e.MessageId),
                grainType = write.GrainType,
                grainKey = write.GrainKey,
                sequence = e.Sequence,
                tenantId = e.TenantId is { } t ? dialect.Id(t) : null,
                messageType = e.MessageType,
                payload = e.PayloadJson,
                occurredAt = dialect.Instant(e.OccurredAt),
                traceParent = e.TraceParent,
                traceState = e.TraceState,
            }, transaction, cancellationToken: cancellationToken));
        }

        if (write.Audit is { } audit)
        {
            await connection.ExecuteAsync(new CommandDefinition(dialect.InsertAudit, new
            {
                tenantId = audit.TenantId is { } t ? dialect.Id(t) : null,
                grainType = write.GrainType,
                grainKey = write.GrainKey,
                version = write.ExpectedVersion + 1,
                actor = audit.Actor,
                operation = audit.Operation,
                occurredAt = dialect.Instant(audit.At),
                changes = JsonSerializer.Serialize(audit.Changes, GrainJson.Options),
            }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int limit, CancellationToken cancellationToken) =>
        ReadOutboxAsync("dispatched_at IS NULL", new { limit }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken) =>
        ReadOutboxAsync("position > @afterPosition", new { afterPosition, limit }, cancellationToken);

    /// <inheritdoc />
    public async Task MarkDispatchedAsync(IReadOnlyCollection<long> positions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE outbox SET dispatched_at = @at WHERE position IN ({string.Join(',', positions)})",
            new { at = dialect.Instant(at) },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM outbox WHERE dispatched_at IS NULL", cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<OutboxMessage>> ReadOutboxAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            $"""
            SELECT position AS Position, {dialect.IdText("message_id")} AS MessageId, grain_type AS GrainType, grain_key AS GrainKey,
                   sequence AS Sequence, {dialect.IdText("tenant_id")} AS TenantId, message_type AS MessageType,
                   {dialect.JsonText("payload")} AS Payload, {dialect.InstantText("occurred_at")} AS OccurredAt,
                   trace_parent AS TraceParent, trace_state AS TraceState
            FROM outbox WHERE {where} ORDER BY position LIMIT @limit
            """,
            parameters,
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToMessage())];
    }

    /// <summary>Used to open a connection for callers that must hold one (the dispatcher's leadership lock).</summary>
    internal Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}
