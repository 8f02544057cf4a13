using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Spp.Storage.Migrations;

/// <summary>
/// Applies pending migrations at start-up. On PostgreSQL it holds an advisory lock for the whole
/// run, so that several instances starting together apply each migration exactly once.
/// </summary>
public sealed partial class MigrationRunner(ILogger<MigrationRunner> logger)
{
    // Any constant works; it only has to be the same in every instance of every service.
    private const long AdvisoryLockKey = 0x5350505F4D4947; // "SPP_MIG"

    /// <summary>Applies every pending migration of <paramref name="sets"/> to <paramref name="database"/>.</summary>
    public async Task ApplyAsync(ServiceDatabase database, IEnumerable<MigrationSet> sets, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        if (postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: cancellationToken, commandTimeout: 300));
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    component TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL,
                    PRIMARY KEY (component, version))
                """,
                cancellationToken: cancellationToken));
            foreach (var set in sets)
            {
                await ApplySetAsync(database, connection, set, cancellationToken);
            }
        }
        finally
        {
            if (postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
            }
        }
    }

    private async Task ApplySetAsync(ServiceDatabase database, DbConnection connection, MigrationSet set, CancellationToken cancellationToken)
    {
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations WHERE component = @component", new { component = set.Component }, cancellationToken: cancellationToken))).ToHashSet();
        foreach (var migration in set.Migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await ServiceDatabase.BeginWriteAsync(connection, cancellationToken);
            var sql = database.Provider == DatabaseProvider.Postgres ? migration.Postgres : migration.Sqlite;
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (component, version, name, applied_at) VALUES (@component, @version, @name, @at)",
                new { component = set.Component, version = migration.Version, name = migration.Name, at = DateTimeOffset.UtcNow.ToString("O") },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, database.ServiceName, set.Component, migration.Version, migration.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} database: applied {Component} migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, string service, string component, int version, string name);
}
