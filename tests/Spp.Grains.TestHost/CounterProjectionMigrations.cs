using Spp.Storage.Migrations;

namespace Spp.Grains.TestHost;

public static class CounterProjectionMigrations
{
    public static MigrationSet Set { get; } = new("counter-projection",
    [
        new Migration(1, "applied counter events",
            Postgres: "CREATE TABLE counter_applied (counter TEXT NOT NULL, command_id TEXT NOT NULL UNIQUE, value BIGINT NOT NULL, PRIMARY KEY (counter, value))",
            Sqlite: "CREATE TABLE counter_applied (counter TEXT NOT NULL, command_id TEXT NOT NULL UNIQUE, value INTEGER NOT NULL, PRIMARY KEY (counter, value))"),
    ]);
}
