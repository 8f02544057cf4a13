using System.Text.Json;
using Dapper;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.TestHost;
using Spp.Testing;

namespace Spp.Grains.Tests.Messaging;

/// <summary>What the grain side and the projection side have stored for a counter, read straight from PostgreSQL.</summary>
internal static class CounterRecords
{
    /// <summary>One applied event in the projection.</summary>
    public sealed record AppliedRow(long Value, string CommandId);

    /// <summary>The grain's stored state (value and the command ids in the order they were applied); empty when nothing is stored.</summary>
    public static async Task<CounterState> StateAsync(PostgresDatabase grains, string key)
    {
        await using var connection = await grains.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(
            "SELECT state::text FROM grain_state WHERE grain_type = 'test-counter' AND grain_key = @key", new { key });
        return json is null ? new CounterState() : JsonSerializer.Deserialize<CounterState>(json, GrainJson.Options)!;
    }

    /// <summary>Outbox rows not yet dispatched.</summary>
    public static async Task<long> PendingAsync(PostgresDatabase grains)
    {
        await using var connection = await grains.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dispatched_at IS NULL");
    }

    /// <summary>Marks the last <paramref name="count"/> dispatched outbox rows as pending again; returns how many it re-opened.</summary>
    public static async Task<int> ReopenLastDispatchedAsync(PostgresDatabase grains, int count)
    {
        await using var connection = await grains.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE outbox SET dispatched_at = NULL
            WHERE position IN (SELECT position FROM outbox WHERE dispatched_at IS NOT NULL ORDER BY position DESC LIMIT @count)
            """,
            new { count });
    }

    /// <summary>The counter's outbox log: sequence numbers in position order.</summary>
    public static async Task<IReadOnlyList<long>> OutboxSequencesAsync(PostgresDatabase grains, string key)
    {
        await using var connection = await grains.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return [.. await connection.QueryAsync<long>(
            "SELECT sequence FROM outbox WHERE grain_type = 'test-counter' AND grain_key = @key ORDER BY position", new { key })];
    }

    /// <summary>Rows the projection has applied for the counter (0 before its tables exist).</summary>
    public static async Task<long> AppliedCountAsync(PostgresDatabase projection, string key)
    {
        await using var connection = await projection.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT CASE WHEN to_regclass('counter_applied') IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM counter_applied WHERE counter = @key) END",
            new { key });
    }

    /// <summary>The projection's rows for the counter, by value.</summary>
    public static async Task<IReadOnlyList<AppliedRow>> AppliedAsync(PostgresDatabase projection, string key)
    {
        await using var connection = await projection.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return [.. await connection.QueryAsync<AppliedRow>(
            "SELECT value AS Value, command_id AS CommandId FROM counter_applied WHERE counter = @key ORDER BY value", new { key })];
    }

    /// <summary>
    /// Waits until the projection has applied <paramref name="expected"/> events of the counter, then
    /// asserts it holds each exactly once: values 1..N without gaps, each carrying the command the
    /// grain applied at that value (so they were applied in the grain's order), and nothing failed.
    /// </summary>
    public static async Task AssertProjectedExactlyOnceInOrderAsync(
        PostgresDatabase projection, string key, IReadOnlyList<Guid> commandsInOrder, Uri broker, TimeSpan timeout)
    {
        var expected = commandsInOrder.Count;
        await Eventually.UntilAsync(
            $"the projection applies {expected} events of {key}",
            timeout,
            () => AppliedCountAsync(projection, key),
            applied => applied >= expected,
            applied => $"{applied} applied");

        var rows = await AppliedAsync(projection, key);
        Assert.Equal(expected, rows.Count);
        Assert.Equal(Enumerable.Range(1, expected).Select(v => (long)v), rows.Select(r => r.Value));
        Assert.Equal(expected, rows.Select(r => r.CommandId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(commandsInOrder.Select(c => c.ToString()), rows.Select(r => r.CommandId));
        Assert.Equal(0u, await CounterQueues.ErrorCountAsync(broker));
    }
}
