using Spp.Storage.Migrations;

namespace Spp.Grains.Hosting.Storage;

/// <summary>The grain state and outbox tables, on both engines.</summary>
public static class GrainStoreMigrations
{
    /// <summary>The <c>grains</c> component's migrations.</summary>
    public static MigrationSet Set { get; } = new("grains",
    [
        new Migration(1, "grain state and outbox",
            Postgres: """
                CREATE TABLE grain_state (
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    version BIGINT NOT NULL,
                    schema_version INTEGER NOT NULL,
                    state JSONB NOT NULL,
                    last_sequence BIGINT NOT NULL,
                    updated_at TIMESTAMPTZ NOT NULL,
                    PRIMARY KEY (grain_type, grain_key));
                CREATE TABLE outbox (
                    position BIGSERIAL PRIMARY KEY,
                    message_id UUID NOT NULL UNIQUE,
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    sequence BIGINT NOT NULL,
                    tenant_id UUID NULL,
                    message_type TEXT NOT NULL,
                    payload JSONB NOT NULL,
                    occurred_at TIMESTAMPTZ NOT NULL,
                    trace_parent TEXT NULL,
                    trace_state TEXT NULL,
                    dispatched_at TIMESTAMPTZ NULL,
                    UNIQUE (grain_type, grain_key, sequence));
                CREATE INDEX outbox_pending ON outbox (position) WHERE dispatched_at IS NULL;
                """,
            Sqlite: """
                CREATE TABLE grain_state (
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    schema_version INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    last_sequence INTEGER NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (grain_type, grain_key));
                CREATE TABLE outbox (
                    position INTEGER PRIMARY KEY AUTOINCREMENT,
                    message_id TEXT NOT NULL UNIQUE,
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    tenant_id TEXT NULL,
                    message_type TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    occurred_at TEXT NOT NULL,
                    trace_parent TEXT NULL,
                    trace_state TEXT NULL,
                    dispatched_at TEXT NULL,
                    UNIQUE (grain_type, grain_key, sequence));
                CREATE INDEX outbox_pending ON outbox (position) WHERE dispatched_at IS NULL;
                """),
        new Migration(2, "audit trail",
            Postgres: """
                CREATE TABLE audit_entry (
                    position BIGSERIAL PRIMARY KEY,
                    tenant_id UUID NULL,
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    version BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    occurred_at TIMESTAMPTZ NOT NULL,
                    changes JSONB NOT NULL);
                CREATE INDEX audit_entry_tenant ON audit_entry (tenant_id, position);
                CREATE INDEX audit_entry_grain ON audit_entry (grain_type, grain_key, position);
                """,
            Sqlite: """
                CREATE TABLE audit_entry (
                    position INTEGER PRIMARY KEY AUTOINCREMENT,
                    tenant_id TEXT NULL,
                    grain_type TEXT NOT NULL,
                    grain_key TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    occurred_at TEXT NOT NULL,
                    changes TEXT NOT NULL);
                CREATE INDEX audit_entry_tenant ON audit_entry (tenant_id, position);
                CREATE INDEX audit_entry_grain ON audit_entry (grain_type, grain_key, position);
                """),
    ]);
}
