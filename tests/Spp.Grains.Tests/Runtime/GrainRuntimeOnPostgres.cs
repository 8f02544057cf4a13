using Spp.Testing;

namespace Spp.Grains.Tests.Runtime;

/// <summary>The runtime contract on the production store.</summary>
public sealed class GrainRuntimeOnPostgres : GrainRuntimeContract
{
    private PostgresDatabase? database;

    protected override bool WritersRace => true;

    protected override string UpdateStateSql =>
        "UPDATE grain_state SET state = @state::jsonb, schema_version = 1, version = 2 WHERE grain_type = 'test-counter' AND grain_key = 'old'";

    protected override async Task<string> CreateDatabaseAsync()
    {
        database = await PostgresDatabase.CreateAsync("grains", cancellationToken: TestContext.Current.CancellationToken);
        return database.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
