using Spp.Storage.Migrations;

namespace Spp.Messaging.Inbox;

/// <summary>The inbox tables, in the consuming service's own database.</summary>
public static class InboxMigrations
{
    /// <summary>The <c>inbox</c> component's migrations.</summary>
    public static MigrationSet Set { get; } = new("inbox",
    [
        new Migration(1, "inbox messages and per-grain streams",
            Postgres: """
                CREATE TABLE inbox_message (
                    consumer TEXT NOT NULL,
                    message_id UUID NOT NULL,
                    received_at TIMESTAMPTZ NOT NULL,
                    PRIMARY KEY (consumer, message_id));
                CREATE TABLE inbox_stream (
                    consumer TEXT NOT NULL,
                    grain_id TEXT NOT NULL,
                    last_sequence BIGINT NOT NULL,
                    PRIMARY KEY (consumer, grain_id));
                """,
            Sqlite: """
                CREATE TABLE inbox_message (
                    consumer TEXT NOT NULL,
                    message_id TEXT NOT NULL,
                    received_at TEXT NOT NULL,
                    PRIMARY KEY (consumer, message_id));
                CREATE TABLE inbox_stream (
                    consumer TEXT NOT NULL,
                    grain_id TEXT NOT NULL,
                    last_sequence INTEGER NOT NULL,
                    PRIMARY KEY (consumer, grain_id));
                """),
    ]);
}
