using Npgsql;
using Spp.Grains.Hosting.Outbox;
using Spp.Storage;
using Spp.Testing;

namespace Spp.Grains.Tests.Outbox;

/// <summary>One dispatcher per service database publishes at a time.</summary>
public sealed class DispatcherLeaseTests
{
    [Fact]
    public async Task Only_one_instance_holds_the_lease_and_another_takes_it_when_the_holder_goes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync("lease", cancellationToken: ct);
        await using var instances = new TwoInstances(database.ConnectionString);
        var (a, b) = (instances.A, instances.B);

        Assert.True(await a.TryHoldAsync(ct));
        Assert.False(await b.TryHoldAsync(ct));
        Assert.True(await a.TryHoldAsync(ct));

        await a.ReleaseAsync();
        Assert.True(await b.TryHoldAsync(ct));
        Assert.False(await a.TryHoldAsync(ct));
    }

    [Fact]
    public async Task A_holder_whose_session_was_terminated_no_longer_claims_the_lease()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync("lease", cancellationToken: ct);
        await using var instances = new TwoInstances(database.ConnectionString);
        var (a, b) = (instances.A, instances.B);
        Assert.True(await a.TryHoldAsync(ct));

        // What a server restart or an operator's pg_terminate_backend does to the holder's session.
        await using (var admin = await database.OpenConnectionAsync(ct))
        {
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                admin);
            await kill.ExecuteNonQueryAsync(ct);
        }

        Assert.True(await b.TryHoldAsync(ct));
        Assert.False(await a.TryHoldAsync(ct));
    }

    /// <summary>Two instances of a service on one database, each with its own pool and lease.</summary>
    private sealed class TwoInstances(string connectionString) : IAsyncDisposable
    {
        private readonly ServiceDatabase first = new("Counter", connectionString);
        private readonly ServiceDatabase second = new("Counter", connectionString);

        public DispatcherLease A => field ??= new DispatcherLease(first);

        public DispatcherLease B => field ??= new DispatcherLease(second);

        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }
}
