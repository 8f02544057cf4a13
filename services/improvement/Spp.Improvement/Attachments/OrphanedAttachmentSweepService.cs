using Microsoft.Extensions.Options;

namespace Spp.Improvement.Attachments;

/// <summary>Runs <see cref="OrphanedAttachmentSweep"/> on every instance; deleting an orphan twice is harmless.</summary>
internal sealed partial class OrphanedAttachmentSweepService(
    OrphanedAttachmentSweep sweep,
    IOptions<AttachmentOptions> options,
    TimeProvider time,
    ILogger<OrphanedAttachmentSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await sweep.SweepOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unavailable; the next tick tries again.
                    LogPassFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The attachment sweep failed; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
