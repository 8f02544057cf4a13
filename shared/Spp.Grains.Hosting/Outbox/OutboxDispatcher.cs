using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spp.Grains.Hosting.Storage;

namespace Spp.Grains.Hosting.Outbox;

/// <summary>
/// Publishes committed outbox rows, each grain's in position order (so they leave in sequence),
/// then marks them dispatched. A crash between the two re-publishes rows on restart: delivery is
/// at least once, and consumers de-duplicate by message id.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    OutboxPublisher publisher,
    DispatcherLease lease,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxDispatcherOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private long dispatched;

    /// <summary>Rows published by this process since start.</summary>
    public long Dispatched => Interlocked.Read(ref dispatched);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await lease.TryHoldAsync(stoppingToken))
                {
                    await signal.WaitAsync(settings.RetryDelay, stoppingToken);
                    continue;
                }

                var published = await DispatchBatchAsync(settings, stoppingToken);
                if (published < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogDispatchFailed(logger, ex);
                await lease.ReleaseAsync();
                await Task.Delay(settings.RetryDelay, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await lease.ReleaseAsync();
    }

    private async Task<int> DispatchBatchAsync(OutboxDispatcherOptions settings, CancellationToken stoppingToken)
    {
        var batch = await outbox.ReadPendingAsync(settings.BatchSize, stoppingToken);
        var done = new ConcurrentBag<long>();
        try
        {
            // Grains in parallel, each grain's events one after another (each confirmed before the
            // next), so the broker sees every grain's events in sequence without one round trip
            // per event capping the whole service. A grain whose publish fails stops there; its
            // remaining events stay pending for the next round.
            await Task.WhenAll(batch.GroupBy(m => m.GrainId).Select(async grain =>
            {
                foreach (var message in grain)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(settings.PublishTimeout);
                    await publisher.PublishAsync(message, replay: false, timeout.Token);
                    done.Add(message.Position);
                }
            }));
        }
        finally
        {
            // Mark what did go out even when a later publish failed, so a restart resends as little as possible.
            if (!done.IsEmpty)
            {
                await outbox.MarkDispatchedAsync([.. done], time.GetUtcNow(), CancellationToken.None);
                Interlocked.Add(ref dispatched, done.Count);
            }
        }

        return batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
