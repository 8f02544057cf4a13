using System.Globalization;
using Npgsql;
using Xunit;

namespace Spp.Testing;

/// <summary>
/// A PostgreSQL cluster of its own (own port and data folder under
/// <see cref="TestServers.ServersDirectory"/>) for tests that stop, restart or crash the server.
/// Use it as a class fixture or create one with <see cref="StartNewAsync"/>; dispose drops the
/// cluster and its data. Needs root and the postgresql package; otherwise the test skips (fails in CI).
/// Creating and starting takes about 3 s.
/// </summary>
public sealed class PrivatePostgres : IAsyncLifetime
{
    private string? _unavailable;

    /// <summary>A cluster on a free port; created and started by <see cref="InitializeAsync"/>.</summary>
    public PrivatePostgres()
    {
        Port = FreePort.Next();
        ClusterName = string.Create(CultureInfo.InvariantCulture, $"spp-pg-{LocalProcess.CurrentId}-{Port}");
        BaseDirectory = Path.Combine(LeftoverServers.PrivateDirectory, ClusterName);
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The cluster's name for pg_ctlcluster (<c>spp-pg-{pid}-{port}</c>).</summary>
    public string ClusterName { get; }

    /// <summary>Folder holding the cluster's data and its log (<c>postgresql.log</c>).</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether the server was started and not stopped since.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Connection string to the server (database <c>postgres</c>, user postgres, no password).</summary>
    public string ConnectionString
    {
        get
        {
            EnsureUsable();
            return string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres");
        }
    }

    /// <summary>Creates and starts a cluster.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<PrivatePostgres> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var server = new PrivatePostgres();
        try
        {
            await server.CreateAndStartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates and starts the cluster. Where that is impossible (no root, no PostgreSQL) it does
    /// nothing, and the tests using the fixture skip (fail in CI) when they touch it.
    /// </summary>
    public async ValueTask InitializeAsync()
    {
        _unavailable = PostgresCluster.UnavailableReason();
        if (_unavailable is null)
        {
            await CreateAndStartAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Connection string to one database of the server.</summary>
    /// <param name="database">The database name.</param>
    public string ConnectionStringFor(string database) => PostgresAdmin.WithDatabase(ConnectionString, database);

    /// <summary>Creates a fresh database on this server (dispose it to drop it).</summary>
    /// <param name="purpose">Short hint for the database name.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    public Task<PostgresDatabase> CreateDatabaseAsync(string purpose = "test", CancellationToken cancellationToken = default) =>
        PostgresDatabase.CreateAsync(purpose, ConnectionString, cancellationToken);

    /// <summary>Starts the stopped server again with the same data and waits until it accepts connections.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        await PostgresCluster.StartAsync(ClusterName, cancellationToken);
        await WaitUntilAcceptingAsync(cancellationToken);
        IsRunning = true;
    }

    /// <summary>Stops the server.</summary>
    /// <param name="mode">Shutdown mode; <see cref="PostgresStopMode.Immediate"/> behaves like a crash.</param>
    /// <param name="cancellationToken">Cancels the stop.</param>
    public async Task StopAsync(PostgresStopMode mode = PostgresStopMode.Fast, CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        await PostgresCluster.StopAsync(ClusterName, mode, cancellationToken);
        IsRunning = false;
    }

    /// <summary>Stops the server (fast mode) and starts it again.</summary>
    /// <param name="cancellationToken">Cancels the restart.</param>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(PostgresStopMode.Fast, cancellationToken);
        await StartAsync(cancellationToken);
    }

    /// <summary>Stops the server and removes the cluster with its data.</summary>
    public async ValueTask DisposeAsync()
    {
        IsRunning = false;
        if (Directory.Exists(BaseDirectory))
        {
            await PostgresCluster.DropAsync(ClusterName, CancellationToken.None);
            Directory.Delete(BaseDirectory, recursive: true);
        }
    }

    private void EnsureUsable()
    {
        if (_unavailable is not null)
        {
            ServerRequirement.Unavailable(_unavailable);
        }
    }

    private async Task CreateAndStartAsync(CancellationToken cancellationToken)
    {
        if (PostgresCluster.UnavailableReason() is { } reason)
        {
            ServerRequirement.Unavailable(reason);
        }

        await LeftoverServers.RemoveOnceAsync();
        await PostgresCluster.CreateAsync(ClusterName, Port, BaseDirectory, cancellationToken);
        await StartAsync(cancellationToken);
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 2 };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
