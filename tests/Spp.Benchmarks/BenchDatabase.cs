using Npgsql;

namespace Spp.Benchmarks;

/// <summary>A fresh PostgreSQL database for one benchmark run, dropped afterwards (unless kept).</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly bool keep;

    private BenchDatabase(string server, string name, bool keep)
    {
        this.server = server;
        this.keep = keep;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates <c>spp_bench_{purpose}_{random}</c> on the server (a connection string without a database).</summary>
    public static async Task<BenchDatabase> CreateAsync(string server, string purpose, bool keep = false)
    {
        var name = $"spp_bench_{purpose}_{Guid.NewGuid():N}"[..Math.Min(63, 11 + purpose.Length + 12)];
        await AdminAsync(server, $"CREATE DATABASE \"{name}\"");
        return new BenchDatabase(server, name, keep);
    }

    /// <summary>The server's version, e.g. <c>15.14</c>.</summary>
    public static async Task<string> ServerVersionAsync(string server)
    {
        await using var connection = new NpgsqlConnection(Admin(server));
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }

    /// <summary>A server setting (SHOW), e.g. <c>fsync</c>.</summary>
    public static async Task<string> SettingAsync(string server, string setting)
    {
        await using var connection = new NpgsqlConnection(Admin(server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string?)await command.ExecuteScalarAsync() ?? "?";
    }

    public async ValueTask DisposeAsync()
    {
        if (!keep)
        {
            await AdminAsync(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }

    private static string Admin(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(Admin(server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
