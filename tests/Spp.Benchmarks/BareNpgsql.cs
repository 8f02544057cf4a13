using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.Hosting.Storage;
using Spp.Grains.TestHost;

namespace Spp.Benchmarks;

/// <summary>
/// The same server without the grain runtime: plain Npgsql on a pooled data source (opened per
/// operation, as the runtime does), unprepared statements (as the runtime's Dapper calls are),
/// in a fresh database with the runtime's own tables.
/// </summary>
internal static class BareNpgsql
{
    private const string InsertOutbox = """
        INSERT INTO outbox (message_id, grain_type, grain_key, sequence, tenant_id, message_type, payload, occurred_at, trace_parent, trace_state)
        VALUES (@messageId, @grainType, @grainKey, @sequence, @tenantId, @messageType, @payload::jsonb, @occurredAt, @traceParent, @traceState)
        """;

    private const string ReadIfChanged = """
        SELECT version, schema_version, state::text, last_sequence FROM grain_state
        WHERE grain_type = @grainType AND grain_key = @grainKey AND version <> @knownVersion
        """;

    private const string InsertState = """
        INSERT INTO grain_state (grain_type, grain_key, version, schema_version, state, last_sequence, updated_at)
        VALUES (@grainType, @grainKey, @version, 1, @state::jsonb, @lastSequence, @now) ON CONFLICT DO NOTHING
        """;

    private const string UpdateState = """
        UPDATE grain_state SET version = @version, schema_version = 1, state = @state::jsonb, last_sequence = @lastSequence, updated_at = @now
        WHERE grain_type = @grainType AND grain_key = @grainKey AND version = @expected
        """;

    private static readonly Guid Tenant = Guid.Parse("00000000-0000-0000-0000-00000000be4c");
    private static readonly string MessageType = OutboxMessageType.NameOf(typeof(CounterIncremented));

    /// <summary>One autocommit INSERT of an outbox row (the row a grain write adds) per operation.</summary>
    public static async Task<LoadResult> InsertAsync(string server, int clients, int warmup, int operations, bool keep)
    {
        await using var database = await CreateAsync(server, keep);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var sequences = new long[clients];
        Func<int, int, Task<bool>> insert = async (client, _) =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(InsertOutbox, connection);
            var sequence = ++sequences[client];
            AddEvent(command, $"client-{client}", sequence);
            await command.ExecuteNonQueryAsync();
            return true;
        };
        await LoadRunner.RunAsync(clients, warmup, insert);
        return await LoadRunner.RunAsync(clients, operations, insert, database.Name);
    }

    /// <summary>
    /// The statements of one grain write turn, by hand (each client its own row): the conditional
    /// refresh read, then UPDATE of the state and INSERT of the event in one transaction.
    /// </summary>
    public static async Task<LoadResult> GrainSqlAsync(string server, int clients, int warmup, int operations, bool keep)
    {
        await using var database = await CreateAsync(server, keep);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var versions = new long[clients];
        var state = new BenchCounterState[clients];
        Func<int, int, Task<bool>> turn = async (client, _) =>
        {
            var key = $"client-{client}";
            await using (var connection = await source.OpenConnectionAsync())
            {
                await using var read = new NpgsqlCommand(ReadIfChanged, connection);
                read.Parameters.AddWithValue("grainType", "bare-counter");
                read.Parameters.AddWithValue("grainKey", key);
                read.Parameters.AddWithValue("knownVersion", versions[client] == 0 ? -1L : versions[client]);
                await using var reader = await read.ExecuteReaderAsync();
                if (await reader.ReadAsync())
                {
                    versions[client] = reader.GetInt64(0);
                    state[client] = JsonSerializer.Deserialize<BenchCounterState>(reader.GetString(2), GrainJson.Options)!;
                }
            }

            var current = state[client] ??= new BenchCounterState();
            current.Value++;
            current.LastCommand = Guid.NewGuid();
            await using (var connection = await source.OpenConnectionAsync())
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var write = new NpgsqlCommand(versions[client] == 0 ? InsertState : UpdateState, connection, transaction);
                write.Parameters.AddWithValue("grainType", "bare-counter");
                write.Parameters.AddWithValue("grainKey", key);
                write.Parameters.AddWithValue("expected", versions[client]);
                write.Parameters.AddWithValue("version", versions[client] + 1);
                write.Parameters.AddWithValue("state", JsonSerializer.Serialize(current, GrainJson.Options));
                write.Parameters.AddWithValue("lastSequence", current.Value);
                write.Parameters.AddWithValue("now", DateTime.UtcNow);
                if (await write.ExecuteNonQueryAsync() != 1)
                {
                    throw new InvalidOperationException("the bare write lost its row version; clients must not share rows");
                }

                await using var insert = new NpgsqlCommand(InsertOutbox, connection, transaction);
                AddEvent(insert, key, current.Value);
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }

            versions[client]++;
            return true;
        };
        await LoadRunner.RunAsync(clients, warmup, turn);
        return await LoadRunner.RunAsync(clients, operations, turn, database.Name);
    }

    private static async Task<BenchDatabase> CreateAsync(string server, bool keep)
    {
        var database = await BenchDatabase.CreateAsync(server, "bare", keep);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var schema = new NpgsqlCommand(GrainStoreMigrations.Set.Migrations[0].Postgres, connection);
        await schema.ExecuteNonQueryAsync();
        return database;
    }

    private static void AddEvent(NpgsqlCommand command, string key, long sequence)
    {
        var messageId = Guid.CreateVersion7();
        command.Parameters.AddWithValue("messageId", messageId);
        command.Parameters.AddWithValue("grainType", "bare-counter");
        command.Parameters.AddWithValue("grainKey", key);
        command.Parameters.AddWithValue("sequence", sequence);
        command.Parameters.AddWithValue("tenantId", Tenant);
        command.Parameters.AddWithValue("messageType", MessageType);
        command.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new CounterIncremented(key, messageId, sequence), GrainJson.Options));
        command.Parameters.AddWithValue("occurredAt", DateTime.UtcNow);
        // A grain call stores its W3C trace context; store one of the same length.
        command.Parameters.AddWithValue("traceParent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01");
        command.Parameters.AddWithValue("traceState", DBNull.Value);
    }
}
