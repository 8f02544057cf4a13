using Npgsql;

namespace Spp.Testing.Tests;

public sealed class PrivatePostgresTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Private_postgres_keeps_committed_data_across_stop_and_start()
    {
        await using var server = await PrivatePostgres.StartNewAsync(Cancellation);
        await using var database = await server.CreateDatabaseAsync("restart", Cancellation);
        await ExecuteAsync(database.ConnectionString, "CREATE TABLE t (v int); INSERT INTO t VALUES (42)");

        await server.StopAsync(cancellationToken: Cancellation);
        Assert.False(server.IsRunning);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(database.ConnectionString, "SELECT 1"));

        await server.StartAsync(Cancellation);
        Assert.Equal(42, await ScalarAsync(database.ConnectionString, "SELECT v FROM t"));
    }

    [Fact]
    public async Task Private_postgres_recovers_committed_data_after_an_immediate_stop()
    {
        await using var server = await PrivatePostgres.StartNewAsync(Cancellation);
        var connectionString = server.ConnectionStringFor("postgres");
        await ExecuteAsync(connectionString, "CREATE TABLE crash (v int); INSERT INTO crash VALUES (7)");

        await server.StopAsync(PostgresStopMode.Immediate, Cancellation);
        await server.StartAsync(Cancellation);

        Assert.Equal(7, await ScalarAsync(connectionString, "SELECT v FROM crash"));
    }

    [Fact]
    public async Task Disposing_a_private_postgres_removes_its_cluster_and_data()
    {
        var server = await PrivatePostgres.StartNewAsync(Cancellation);
        var folder = server.BaseDirectory;
        Assert.True(Directory.Exists(folder));

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetDirectories("/etc/postgresql", server.ClusterName, SearchOption.AllDirectories));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=3");
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    private static async Task<int> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync(Cancellation))!;
    }
}
