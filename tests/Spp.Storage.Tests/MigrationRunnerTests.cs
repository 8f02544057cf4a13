using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Spp.Storage;
using Spp.Storage.Migrations;
using Spp.Testing;

namespace Spp.Storage.Tests;

/// <summary>Versioned migrations, applied once even when several instances start together.</summary>
public sealed class MigrationRunnerTests
{
    private static readonly MigrationSet Widgets = new("widgets",
    [
        new Migration(1, "widgets", "CREATE TABLE widget (id INTEGER PRIMARY KEY)", "CREATE TABLE widget (id INTEGER PRIMARY KEY)"),
        // Not idempotent on purpose: a second application would fail.
        new Migration(2, "widget names", "ALTER TABLE widget ADD COLUMN name TEXT", "ALTER TABLE widget ADD COLUMN name TEXT"),
    ]);

    [Fact]
    public async Task Instances_starting_together_apply_each_migration_once_on_postgres()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await PostgresDatabase.CreateAsync("migrations", cancellationToken: ct);
        var databases = Enumerable.Range(0, 6).Select(_ => new ServiceDatabase("Widgets", server.ConnectionString)).ToList();

        await Task.WhenAll(databases.Select(d => new MigrationRunner(NullLogger<MigrationRunner>.Instance).ApplyAsync(d, [Widgets], ct)));

        await using var connection = await databases[0].OpenAsync(ct);
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations WHERE component = 'widgets' ORDER BY version")).ToList();
        Assert.Equal([1, 2], applied);
        await connection.ExecuteAsync("INSERT INTO widget (id, name) VALUES (1, 'a')");
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_later_start_applies_only_the_new_migrations_on_sqlite()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = Path.Combine(Path.GetTempPath(), $"spp-migrations-{Guid.NewGuid():N}.db");
        try
        {
            await using var database = new ServiceDatabase("Widgets", $"Data Source={file}");
            var runner = new MigrationRunner(NullLogger<MigrationRunner>.Instance);
            await runner.ApplyAsync(database, [Widgets with { Migrations = Widgets.Migrations.Take(1).ToList() }], ct);
            await runner.ApplyAsync(database, [Widgets], ct);
            await runner.ApplyAsync(database, [Widgets], ct);

            await using var connection = await database.OpenAsync(ct);
            Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
            await connection.ExecuteAsync("INSERT INTO widget (id, name) VALUES (1, 'a')");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
