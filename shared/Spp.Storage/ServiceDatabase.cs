using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Storage;

/// <summary>
/// One service's own database. The engine follows from the connection string
/// (<c>ConnectionStrings__{Service}</c>): <c>Data Source=</c> is SQLite, <c>Host=</c> is PostgreSQL.
/// </summary>
public class ServiceDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? postgres;
    private readonly string? sqliteConnectionString;

    /// <summary>Opens nothing yet; validates the connection string and names the setting when it is wrong.</summary>
    public ServiceDatabase(string serviceName, string? connectionString)
    {
        ServiceName = serviceName;
        var setting = $"ConnectionStrings:{serviceName}";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw RequiredSettings.Missing(setting, "is required but not set");
        }

        if (connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            Provider = DatabaseProvider.Sqlite;
            var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 };
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            sqliteConnectionString = builder.ToString();
        }
        else if (connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            Provider = DatabaseProvider.Postgres;
            try
            {
                postgres = new NpgsqlDataSourceBuilder(connectionString) { Name = serviceName }.Build();
            }
            catch (ArgumentException ex)
            {
                throw RequiredSettings.Missing(setting, $"is not a valid PostgreSQL connection string ({ex.Message})");
            }
        }
        else
        {
            throw RequiredSettings.Missing(setting, "must be a PostgreSQL ('Host=…') or SQLite ('Data Source=…') connection string");
        }
    }

    /// <summary>The service this database belongs to, e.g. <c>Improvement</c>.</summary>
    public string ServiceName { get; }

    /// <summary>The engine behind this database.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>Opens a pooled connection, set up for this engine.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers run beside the single writer; busy_timeout queues writers instead of failing.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Begins a write transaction. On SQLite it takes the write lock at once (<c>BEGIN IMMEDIATE</c>)
    /// so that read-then-write transactions serialise instead of failing to upgrade their lock.
    /// </summary>
    public static async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
