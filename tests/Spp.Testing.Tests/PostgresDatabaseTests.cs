using Npgsql;

namespace Spp.Testing.Tests;

public sealed class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Class_fixture_database_accepts_writes_and_reads()
    {
        await using var connection = await database.OpenConnectionAsync(Cancellation);
        await using (var create = new NpgsqlCommand("CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync(Cancellation);
        }

        await using (var insert = new NpgsqlCommand("INSERT INTO note VALUES (1, 'hello')", connection))
        {
            await insert.ExecuteNonQueryAsync(Cancellation);
        }

        await using var select = new NpgsqlCommand("SELECT text FROM note WHERE id = 1", connection);
        Assert.Equal("hello", await select.ExecuteScalarAsync(Cancellation));
        Assert.Equal(database.Name, connection.Database);
    }

    [Fact]
    public async Task Disposing_drops_the_database_even_with_open_connections()
    {
        var created = await PostgresDatabase.CreateAsync("dropme", cancellationToken: Cancellation);
        var open = await created.OpenConnectionAsync(Cancellation);
        Assert.StartsWith("spptest_", created.Name, StringComparison.Ordinal);
        Assert.True(await ExistsAsync(created.Name));

        await created.DisposeAsync();

        Assert.False(await ExistsAsync(created.Name));
        await open.DisposeAsync();
    }

    [Fact]
    public async Task Each_database_gets_its_own_name()
    {
        await using var first = await PostgresDatabase.CreateAsync("same", cancellationToken: Cancellation);
        await using var second = await PostgresDatabase.CreateAsync("same", cancellationToken: Cancellation);

        Assert.NotEqual(first.Name, second.Name);
        Assert.True(first.Name.Length <= 63);
    }

    private static async Task<bool> ExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync(Cancellation))! == 1;
    }
}
