using Spp.Testing;

namespace Spp.Improvement.Tests.Support;

/// <summary>One improvement service per test class, over the store a subclass provides.</summary>
public abstract class ImprovementServiceFixture : IAsyncLifetime
{
    private ImprovementHost? _host;

    internal ImprovementHost Host => _host ?? Unavailable();

    /// <summary>A connection string, or null when the store's server is not configured (the tests then skip, or fail in CI).</summary>
    protected abstract Task<string?> CreateDatabaseAsync();

    /// <summary>Called when the store's server is unavailable; skips the test (or fails it in CI).</summary>
    private protected abstract ImprovementHost Unavailable();

    public async ValueTask InitializeAsync()
    {
        if (await CreateDatabaseAsync() is { } connectionString)
        {
            _host = await ImprovementHost.StartAsync(connectionString);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The improvement service over a SQLite file (the all-in-one's store).</summary>
public sealed class SqliteImprovementService : ImprovementServiceFixture
{
    private readonly TempFolder _folder = new("improvement-api");

    protected override Task<string?> CreateDatabaseAsync() => Task.FromResult<string?>(_folder.Sqlite());

    private protected override ImprovementHost Unavailable() => throw new InvalidOperationException("The SQLite host did not start.");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>The improvement service over a fresh database on the PostgreSQL test server (production's store).</summary>
public sealed class PostgresImprovementService : ImprovementServiceFixture
{
    private PostgresDatabase? _database;

    protected override async Task<string?> CreateDatabaseAsync()
    {
        // Locally without a server the tests skip; in CI creating the database fails them.
        if (!TestServers.HasPostgres && !TestServers.IsCi)
        {
            return null;
        }

        _database = await PostgresDatabase.CreateAsync("improvement", cancellationToken: TestContext.Current.CancellationToken);
        return _database.ConnectionString;
    }

    private protected override ImprovementHost Unavailable()
    {
        ServerRequirement.Unavailable($"PostgreSQL for tests is not configured ({TestServers.PostgresVariable} is not set)");
        return null!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
