using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit;

namespace Spp.Testing;

/// <summary>
/// A fresh, uniquely named database on a PostgreSQL test server (the shared one from
/// <c>tests/run</c> unless another server is given), dropped again on dispose.
/// Use it as a class fixture (<c>IClassFixture&lt;PostgresDatabase&gt;</c>) or create one per
/// test with <see cref="CreateAsync"/>. When no server is configured, reading
/// <see cref="ConnectionString"/> skips the test (fails it in CI).
/// </summary>
public sealed partial class PostgresDatabase : IAsyncLifetime
{
    private readonly string? _server;
    private bool _created;

    /// <summary>A database on the shared test server; created by <see cref="InitializeAsync"/>.</summary>
    public PostgresDatabase()
        : this("test")
    {
    }

    private PostgresDatabase(string purpose, string? serverConnectionString = null)
    {
        _server = serverConnectionString;
        var hint = NotAllowed().Replace(purpose.ToLowerInvariant(), "_");
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{PostgresAdmin.TestDatabasePrefix}{LocalProcess.CurrentId}_{hint}");
        Name = $"{prefix[..Math.Min(prefix.Length, 54)]}_{Guid.NewGuid().ToString("N")[..8]}"; // PostgreSQL names: 63 bytes
    }

    /// <summary>The database name, e.g. <c>spptest_4242_outbox_1f2e3d4c</c>.</summary>
    public string Name { get; }

    /// <summary>Npgsql connection string of the database.</summary>
    public string ConnectionString
    {
        get
        {
            var server = Server; // skips (or fails in CI) when the shared server is not configured
            return _created
                ? PostgresAdmin.WithDatabase(server, Name)
                : throw new InvalidOperationException($"Database {Name} is not created yet: await InitializeAsync() or use PostgresDatabase.CreateAsync().");
        }
    }

    private string Server => _server ?? TestServers.Postgres;

    /// <summary>Creates a database and returns it; dispose it to drop it.</summary>
    /// <param name="purpose">Short hint for the name, e.g. "outbox" (letters, digits, underscores).</param>
    /// <param name="serverConnectionString">Server to create it on (e.g. a <see cref="PrivatePostgres"/>); default the shared test server.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    public static async Task<PostgresDatabase> CreateAsync(
        string purpose = "test", string? serverConnectionString = null, CancellationToken cancellationToken = default)
    {
        var database = new PostgresDatabase(purpose, serverConnectionString);
        await database.CreateCoreAsync(cancellationToken);
        return database;
    }

    /// <summary>Creates the database. Without a configured server it does nothing, so the tests that read <see cref="ConnectionString"/> skip.</summary>
    public async ValueTask InitializeAsync()
    {
        if (_server is null && !TestServers.HasPostgres)
        {
            return;
        }

        await CreateCoreAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Opens a connection to the database.</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
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

    /// <summary>Drops the database, terminating its open connections first.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        _created = false;
        try
        {
            await PostgresAdmin.DropDatabaseAsync(Server, Name, CancellationToken.None);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            // The server is down (a test stopped a private one): nothing to drop now; leftovers
            // on the shared server are dropped by the next test process.
        }
    }

    private async Task CreateCoreAsync(CancellationToken cancellationToken)
    {
        var server = Server;
        await PostgresAdmin.DropLeftoverDatabasesOnceAsync(server);
        await PostgresAdmin.CreateDatabaseAsync(server, Name, cancellationToken);
        _created = true;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotAllowed();
}
