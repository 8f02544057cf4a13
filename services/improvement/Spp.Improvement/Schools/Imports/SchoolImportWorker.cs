using Spp.Grains;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// Imports the uploads queued in this process, one file at a time. On a graceful stop the running import
/// is marked interrupted at once; after a crash the <see cref="SchoolImportSweeper"/> of any instance does it.
/// </summary>
public sealed partial class SchoolImportWorker(SchoolImportQueue queue, SchoolImportRun run, IGrainFactory grains, ILogger<SchoolImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.ReadAllAsync(stoppingToken))
            {
                await RunOneAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: queued uploads stay marked running and are swept as interrupted.
        }
    }

    private async Task RunOneAsync(SchoolImportJob job, CancellationToken stoppingToken)
    {
        var import = grains.GetGrain<ISchoolImportGrain>(job.ImportId);
        try
        {
            await run.RunAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await import.Finish(ImportStatus.Interrupted, "The service stopped while importing. Rows read so far are in the register; upload the file again to finish.");
        }
        catch (InvalidTransitionException)
        {
            // The import was marked interrupted while this worker was stalled: its report was refused. Stop quietly.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or GrainConcurrencyException)
        {
            LogFailed(logger, job.ImportId, e);
            await import.Finish(ImportStatus.Failed, "The import stopped on an error in the service; upload the file again.");
        }
        finally
        {
            File.Delete(job.SpoolFile);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "School register import {ImportId} failed")]
    private static partial void LogFailed(ILogger logger, Guid importId, Exception exception);
}
