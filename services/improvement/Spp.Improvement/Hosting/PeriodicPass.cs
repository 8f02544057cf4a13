namespace Spp.Improvement.Hosting;

/// <summary>
/// Background work run at a fixed interval on every instance of the service. Passes are idempotent
/// (two instances may run one at the same time); a failed pass is logged and the next tick tries
/// again, since the database may only be briefly unavailable.
/// </summary>
internal abstract partial class PeriodicPass(TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>What the pass does, for the log.</summary>
    protected abstract string Name { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPassFailed(logger, Name, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Pass} failed; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string pass, Exception exception);
}
