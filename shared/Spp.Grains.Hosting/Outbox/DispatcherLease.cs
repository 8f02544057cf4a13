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

        if (connection is { State: ConnectionState.Open } held)
        {
            try
            {
                // The session may be gone (server restart, terminated backend) while the client
                // still says Open; with it went the lock, and another instance may hold it now.
                await held.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
                return true;
            }
            catch (DbException)
            {
                await ReleaseAsync();
            }
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
            try
            {
                // Unlock explicitly: a pooled connection keeps its session (and the lock) until reused.
                await connection.ExecuteScalarAsync<bool>("SELECT pg_advisory_unlock(@key)", new { key = LockKey });
            }
            catch (DbException)
            {
                // The session is gone, and its lock with it.
            }

            await connection.DisposeAsync();
            connection = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await ReleaseAsync();
}
