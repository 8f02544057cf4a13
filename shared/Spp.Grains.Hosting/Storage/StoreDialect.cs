using System.Globalization;
using Spp.Storage;

namespace Spp.Grains.Hosting.Storage;

/// <summary>Where PostgreSQL and SQLite differ for the grain store: value binding and a few casts.</summary>
internal sealed record StoreDialect(
    string InsertState,
    string UpdateState,
    string InsertOutbox,
    string InsertAudit,
    Func<Guid, object> Id,
    Func<DateTimeOffset, object> Instant,
    Func<string, string> IdText,
    Func<string, string> JsonText,
    Func<string, string> InstantText)
{
    private const string StateColumns = "(grain_type, grain_key, version, schema_version, state, last_sequence, updated_at)";
    private const string AuditColumns = "(tenant_id, grain_type, grain_key, version, actor, operation, occurred_at, changes)";
    private const string OutboxColumns = "(message_id, grain_type, grain_key, sequence, tenant_id, message_type, payload, occurred_at, trace_parent, trace_state)";

    private static readonly StoreDialect Postgres = new(
        InsertState: $"INSERT INTO grain_state {StateColumns} VALUES (@grainType, @grainKey, @version, @schemaVersion, @state::jsonb, @lastSequence, @now) ON CONFLICT DO NOTHING",
        UpdateState: "UPDATE grain_state SET version = @version, schema_version = @schemaVersion, state = @state::jsonb, last_sequence = @lastSequence, updated_at = @now WHERE grain_type = @grainType AND grain_key = @grainKey AND version = @expected",
        InsertOutbox: $"INSERT INTO outbox {OutboxColumns} VALUES (@messageId, @grainType, @grainKey, @sequence, @tenantId, @messageType, @payload::jsonb, @occurredAt, @traceParent, @traceState)",
        InsertAudit: $"INSERT INTO audit_entry {AuditColumns} VALUES (@tenantId, @grainType, @grainKey, @version, @actor, @operation, @occurredAt, @changes::jsonb)",
        Id: id => id,
        Instant: at => at.UtcDateTime,
        IdText: column => $"{column}::text",
        JsonText: column => $"{column}::text",
        InstantText: column => $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')");

    private static readonly StoreDialect Sqlite = new(
        InsertState: $"INSERT INTO grain_state {StateColumns} VALUES (@grainType, @grainKey, @version, @schemaVersion, @state, @lastSequence, @now) ON CONFLICT DO NOTHING",
        UpdateState: "UPDATE grain_state SET version = @version, schema_version = @schemaVersion, state = @state, last_sequence = @lastSequence, updated_at = @now WHERE grain_type = @grainType AND grain_key = @grainKey AND version = @expected",
        InsertOutbox: $"INSERT INTO outbox {OutboxColumns} VALUES (@messageId, @grainType, @grainKey, @sequence, @tenantId, @messageType, @payload, @occurredAt, @traceParent, @traceState)",
        InsertAudit: $"INSERT INTO audit_entry {AuditColumns} VALUES (@tenantId, @grainType, @grainKey, @version, @actor, @operation, @occurredAt, @changes)",
        Id: id => id.ToString(),
        Instant: at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        IdText: column => column,
        JsonText: column => column,
        InstantText: column => column);

    public static StoreDialect For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;
}
