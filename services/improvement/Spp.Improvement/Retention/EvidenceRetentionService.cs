using Microsoft.Extensions.Options;

namespace Spp.Improvement.Retention;

/// <summary>Runs <see cref="EvidenceRetentionPurge"/> at the configured interval on every instance; a purge repeated by two instances is a no-op.</summary>
internal sealed partial class EvidenceRetentionService(
    EvidenceRetentionPurge purge,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<EvidenceRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await purge.PurgeDueAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The evidence retention purge failed; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
