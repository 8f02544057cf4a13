using System.Data;
using System.Data.Common;
using Dapper;
using Spp.Storage;

namespace Spp.Grains.Hosting.Outbox;

/// <summary>
/// Only one dispatcher of a service publishes at a time, which keeps each grain's events in
/// order on the broker. On PostgreSQL the lease is a session advisory lock held on its own
/// connection: if the process dies, the connection closes and another instance takes over.
/// SQLite is embedded in one process, so the lease is always held.
/// </summary>
public sealed class DispatcherLease(ServiceDatabase database) : IAsyncDisposable
{
    private const long LockKey = 0x5350505F4F5554; // "SPP_OUT"
    private DbConnection? connection;

    /// <summary>True while this instance holds the lease; tries to take it when it does not.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return true;
        }

        if (connection is { State: ConnectionState.Open })
        {
            return true;
        }

        await ReleaseAsync();
        var candidate = await database.OpenAsync(cancellationToken);
        var acquired = await candidate.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(@key)", new { key = LockKey }, cancellationToken: cancellationToken));
        if (acquired)
        {
            connection = candidate;
            return true;
        }

        await candidate.DisposeAsync();
        return false;
    }

    /// <summary>Gives the lease up (after a failure, so that a healthier instance may take it).</summary>
    public async Task ReleaseAsync()
    {
        if (connection is not null)
        {
            // Closing the session releases its advisory locks; the pool resets the connection.
            await connection.DisposeAsync();
            connection = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await ReleaseAsync();
}
