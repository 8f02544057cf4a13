using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Spp.Grains.Hosting.Runtime;
using Spp.Storage;

namespace Spp.Grains.Hosting.Audit;

/// <summary>The audit trail in the service's database, next to the grain state it describes.</summary>
public sealed class SqlAuditTrail(ServiceDatabase database) : IAuditTrail
{
    private readonly bool postgres = database.Provider == DatabaseProvider.Postgres;

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? tenantId, string? grainType, string? grainKey, long afterPosition, int limit, CancellationToken cancellationToken)
    {
        var filters = (tenantId is null ? "tenant_id IS NULL" : "tenant_id = @tenantId") + " AND position > @afterPosition"
            + (grainType is null ? string.Empty : " AND grain_type = @grainType")
            + (grainKey is null ? string.Empty : " AND grain_key = @grainKey");
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT position AS Position, grain_type AS GrainType, grain_key AS GrainKey, version AS Version, actor AS Actor,
                   operation AS Operation, {Text("occurred_at")} AS OccurredAt, {Text("changes")} AS Changes
            FROM audit_entry WHERE {filters} ORDER BY position LIMIT @limit
            """,
            new { tenantId = tenantId is not { } id ? null : postgres ? (object)id : id.ToString(), afterPosition, grainType, grainKey, limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditEntry(
            r.Position,
            r.GrainType,
            r.GrainKey,
            r.Version,
            r.Actor,
            r.Operation,
            DateTimeOffset.Parse(r.OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            JsonSerializer.Deserialize<List<AuditChange>>(r.Changes, GrainJson.Options) ?? []))];
    }

    /// <inheritdoc />
    public async Task<int> ScrubAsync(string value, string replacement, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        ArgumentNullException.ThrowIfNull(replacement);

        // The stored text may hold the value as written or JSON-escaped (non-ASCII letters), so both
        // forms find candidates; the replacement itself works on parsed values.
        var escaped = JsonSerializer.Serialize(value, GrainJson.Options)[1..^1];
        var contains = postgres ? "strpos(changes::text, @value) > 0 OR strpos(changes::text, @escaped) > 0" : "instr(changes, @value) > 0 OR instr(changes, @escaped) > 0";
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await ServiceDatabase.BeginWriteAsync(connection, cancellationToken);
        var candidates = await connection.QueryAsync<(long Position, string Changes)>(new CommandDefinition(
            $"SELECT position, {Text("changes")} FROM audit_entry WHERE {contains}", new { value, escaped }, transaction, cancellationToken: cancellationToken));
        var scrubbed = 0;
        foreach (var (position, changes) in candidates)
        {
            var node = JsonNode.Parse(changes)!;
            if (!Replace(node, value, replacement))
            {
                continue;
            }

            var update = postgres ? "UPDATE audit_entry SET changes = @changes::jsonb WHERE position = @position" : "UPDATE audit_entry SET changes = @changes WHERE position = @position";
            await connection.ExecuteAsync(new CommandDefinition(update, new { changes = node.ToJsonString(GrainJson.Options), position }, transaction, cancellationToken: cancellationToken));
            scrubbed++;
        }

        await transaction.CommitAsync(cancellationToken);
        return scrubbed;
    }

    private static bool Replace(JsonNode node, string value, string replacement)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(value, StringComparison.Ordinal))
                    {
                        obj[name] = text.Replace(value, replacement, StringComparison.Ordinal);
                        changed = true;
                    }
                    else if (child is not null)
                    {
                        changed |= Replace(child, value, replacement);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(value, StringComparison.Ordinal))
                    {
                        array[i] = text.Replace(value, replacement, StringComparison.Ordinal);
                        changed = true;
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= Replace(child, value, replacement);
                    }
                }

                break;
        }

        return changed;
    }

    private string Text(string column) => !postgres ? column
        : column == "occurred_at" ? $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
        : $"{column}::text";

    private sealed record Row(long Position, string GrainType, string GrainKey, long Version, string Actor, string Operation, string OccurredAt, string Changes);
}
