using System.Collections.Concurrent;
using Npgsql;

namespace Spp.Testing;

/// <summary>Database-level administration on a test server: create, drop, clean up after crashed runs.</summary>
internal static class PostgresAdmin
{
    /// <summary>Test databases are named <c>spptest_{owner pid}_{purpose}_{random}</c>.</summary>
    public const string TestDatabasePrefix = "spptest_";

    private static readonly ConcurrentDictionary<string, Lazy<Task>> Swept = new(StringComparer.Ordinal);

    public static string WithDatabase(string serverConnectionString, string database) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString;

    public static async Task CreateDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE {QuoteIdentifier(database)}", cancellationToken);
    }

    /// <summary>Drops the database, terminating its connections first (<c>WITH (FORCE)</c>).</summary>
    public static async Task DropDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        using (var pooled = new NpgsqlConnection(WithDatabase(serverConnectionString, database)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS {QuoteIdentifier(database)} WITH (FORCE)", cancellationToken);
    }

    /// <summary>Once per server and process, drops test databases left by test processes that are gone.</summary>
    public static Task DropLeftoverDatabasesOnceAsync(string serverConnectionString) =>
        Swept.GetOrAdd(serverConnectionString, server => new Lazy<Task>(() => DropLeftoverDatabasesAsync(server))).Value;

    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task DropLeftoverDatabasesAsync(string serverConnectionString)
    {
        var names = new List<string>();
        await using (var connection = await OpenAdminConnectionAsync(serverConnectionString, CancellationToken.None))
        await using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection))
        {
            command.Parameters.AddWithValue("prefix", TestDatabasePrefix);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(IsLeftover))
        {
            await DropDatabaseAsync(serverConnectionString, name, CancellationToken.None);
        }
    }

    private static bool IsLeftover(string database)
    {
        var owner = database[TestDatabasePrefix.Length..].Split('_')[0];
        return int.TryParse(owner, out var pid) && pid != LocalProcess.CurrentId && !LocalProcess.IsAlive(pid);
    }

    private static async Task ExecuteAsync(string serverConnectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAdminConnectionAsync(serverConnectionString, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<NpgsqlConnection> OpenAdminConnectionAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
