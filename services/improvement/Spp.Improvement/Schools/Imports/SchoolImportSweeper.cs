using Dapper;
using Microsoft.Extensions.Options;
using Spp.Grains;
using Spp.Storage;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// Marks imports interrupted when the process running them died: every instance looks, each minute, for
/// running imports whose worker has been silent longer than <see cref="SchoolImportOptions.InterruptedAfter"/>.
/// Resuming is deliberately not attempted: the upload lived on the dead process's disk, and re-uploading
/// is safe because the register upsert is idempotent.
/// </summary>
public sealed class SchoolImportSweeper(ImprovementDatabase database, IGrainFactory grains, IOptions<SchoolImportOptions> options, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Marks the silent running imports interrupted; returns how many it looked at.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var status = database.Provider == DatabaseProvider.Postgres ? "state->>'status'" : "json_extract(state, '$.status')";
        await using var connection = await database.OpenAsync(cancellationToken);
        var running = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT grain_key FROM grain_state WHERE grain_type = 'school-import' AND {status} = 'Running'",
            cancellationToken: cancellationToken))).ToList();
        var silentSince = time.GetUtcNow() - options.Value.InterruptedAfter;
        foreach (var key in running)
        {
            await grains.GetGrain<ISchoolImportGrain>(Guid.Parse(key)).InterruptIfSilentSince(silentSince);
        }

        return running.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RemoveAbandonedUploads();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (GrainConcurrencyException)
            {
                // Another instance is sweeping the same import; the next round sees its result.
            }
            catch (System.Data.Common.DbException)
            {
                // The database is unreachable for now (readiness reports it); the next round tries again.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // Uploads of imports that died with a previous run of this process; a day leaves any live import alone.
    private void RemoveAbandonedUploads()
    {
        var folder = new DirectoryInfo(options.Value.SpoolPath);
        if (!folder.Exists)
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles("*.csv").Where(f => f.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            file.Delete();
        }
    }
}
