using Spp.Storage.Migrations;

namespace Spp.Reporting.Tenants;

/// <summary>The tenant summary projection's table.</summary>
public static class TenantSummaryMigrations
{
    /// <summary>The <c>tenant-summary</c> component's migrations.</summary>
    public static MigrationSet Set { get; } = new("tenant-summary",
    [
        new Migration(1, "tenant summary",
            Postgres: """
                CREATE TABLE tenant_summary (
                    tenant_id UUID PRIMARY KEY,
                    slug TEXT NOT NULL,
                    name TEXT NOT NULL,
                    status TEXT NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL,
                    updated_at TIMESTAMPTZ NOT NULL)
                """,
            Sqlite: """
                CREATE TABLE tenant_summary (
                    tenant_id TEXT PRIMARY KEY,
                    slug TEXT NOT NULL,
                    name TEXT NOT NULL,
                    status TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL)
                """),
    ]);
}
