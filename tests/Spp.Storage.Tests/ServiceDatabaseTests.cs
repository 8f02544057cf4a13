using Spp.ServiceDefaults.Configuration;
using Spp.Storage;

namespace Spp.Storage.Tests;

public sealed class ServiceDatabaseTests
{
    [Theory]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Port=5432;Database=spp_reporting;Username=spp", DatabaseProvider.Postgres)]
    public async Task The_engine_follows_from_the_connection_string(string connectionString, DatabaseProvider expected)
    {
        await using var database = new ServiceDatabase("Reporting", connectionString);
        Assert.Equal(expected, database.Provider);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("", "is required")]
    [InlineData("Server=db;Uid=x", "must be a PostgreSQL")]
    [InlineData("Host=db;Port=notaport", "not a valid PostgreSQL connection string")]
    public void A_bad_connection_string_fails_naming_the_setting(string? connectionString, string problem)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => new ServiceDatabase("Reporting", connectionString));
        Assert.Contains("ConnectionStrings__Reporting", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
