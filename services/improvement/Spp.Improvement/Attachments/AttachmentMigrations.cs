using Spp.Storage.Migrations;

namespace Spp.Improvement.Attachments;

/// <summary>
/// Where attachment bytes live: one row per file and one per 256 KiB chunk, in the service's own
/// database so that every instance serves every file. Ids are text and instants Unix milliseconds
/// on both engines, so the same statements run on each.
/// </summary>
public static class AttachmentMigrations
{
    /// <summary>The <c>attachments</c> component's migrations.</summary>
    public static MigrationSet Set { get; } = new("attachments",
    [
        new Migration(1, "evidence attachments and their chunks",
            Postgres: """
                CREATE TABLE evidence_attachments (
                    id TEXT PRIMARY KEY,
                    tenant_id TEXT NOT NULL,
                    cycle_id TEXT NOT NULL,
                    evidence_id TEXT NOT NULL,
                    uploaded_by TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    content_type TEXT NOT NULL,
                    length BIGINT NOT NULL DEFAULT 0,
                    sha256 TEXT NULL,
                    stored_at BIGINT NOT NULL,
                    completed_at BIGINT NULL,
                    linked_at BIGINT NULL);
                CREATE INDEX evidence_attachments_cycle ON evidence_attachments (tenant_id, cycle_id);
                CREATE INDEX evidence_attachments_unlinked ON evidence_attachments (stored_at) WHERE linked_at IS NULL;
                CREATE TABLE evidence_attachment_chunks (
                    attachment_id TEXT NOT NULL REFERENCES evidence_attachments (id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    data BYTEA NOT NULL,
                    PRIMARY KEY (attachment_id, seq));
                """,
            Sqlite: """
                CREATE TABLE evidence_attachments (
                    id TEXT PRIMARY KEY,
                    tenant_id TEXT NOT NULL,
                    cycle_id TEXT NOT NULL,
                    evidence_id TEXT NOT NULL,
                    uploaded_by TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    content_type TEXT NOT NULL,
                    length INTEGER NOT NULL DEFAULT 0,
                    sha256 TEXT NULL,
                    stored_at INTEGER NOT NULL,
                    completed_at INTEGER NULL,
                    linked_at INTEGER NULL);
                CREATE INDEX evidence_attachments_cycle ON evidence_attachments (tenant_id, cycle_id);
                CREATE INDEX evidence_attachments_unlinked ON evidence_attachments (stored_at) WHERE linked_at IS NULL;
                CREATE TABLE evidence_attachment_chunks (
                    attachment_id TEXT NOT NULL REFERENCES evidence_attachments (id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    data BLOB NOT NULL,
                    PRIMARY KEY (attachment_id, seq));
                """),
    ]);
}
