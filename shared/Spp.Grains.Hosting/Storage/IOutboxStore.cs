namespace Spp.Grains.Hosting.Storage;

/// <summary>The outbox: pending rows for the dispatcher, and the whole log for rebuilding projections.</summary>
public interface IOutboxStore
{
    /// <summary>The oldest rows not yet dispatched, in position order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks rows as dispatched. Rows are kept: the outbox is the replay log.</summary>
    Task MarkDispatchedAsync(IReadOnlyCollection<long> positions, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The log from <paramref name="afterPosition"/> on, dispatched or not, in position order.</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken);

    /// <summary>How many rows wait for dispatch.</summary>
    Task<long> CountPendingAsync(CancellationToken cancellationToken);
}
