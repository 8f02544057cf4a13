namespace Spp.Grains.Tests.Runtime;

/// <summary>The runtime contract on the embedded store.</summary>
public sealed class GrainRuntimeOnSqlite : GrainRuntimeContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "spp-grains-" + Guid.NewGuid().ToString("N"));

    protected override bool WritersRace => false;

    protected override string UpdateStateSql =>
        "UPDATE grain_state SET state = @state, schema_version = 1, version = 2 WHERE grain_type = 'test-counter' AND grain_key = 'old'";

    protected override Task<string> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult($"Data Source={Path.Combine(folder, "counter.db")}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
