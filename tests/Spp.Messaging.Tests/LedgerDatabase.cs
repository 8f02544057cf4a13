using Spp.Storage;
using Spp.Storage.Migrations;

namespace Spp.Messaging.Tests;

public sealed class LedgerDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString)
{
    public static MigrationSet Migrations { get; } = new("ledger",
    [
        new Migration(1, "ledger lines", "CREATE TABLE ledger_line (ledger TEXT NOT NULL, line BIGINT NOT NULL, position BIGSERIAL)", "CREATE TABLE ledger_line (ledger TEXT NOT NULL, line INTEGER NOT NULL, position INTEGER PRIMARY KEY AUTOINCREMENT)"),
    ]);
}
