using Spp.Contracts.Schools;
using Spp.Grains;

namespace Spp.Improvement.Schools.Imports;

/// <inheritdoc cref="ISchoolImportGrain"/>
/// <remarks>Progress reports are bookkeeping of a running job and raise nothing; the start and the end are raised.</remarks>
[GrainType("school-import")]
public sealed class SchoolImportGrain(TimeProvider time) : Grain<SchoolImportState>, ISchoolImportGrain
{
    /// <summary>Rejected rows kept for the report; a file that is wrong throughout is counted, not stored row by row.</summary>
    public const int MaxRejectedRowsKept = 10_000;

    public Task<SchoolImportView> Start(Guid? startedBy, long bytes, string encoding, string worker)
    {
        if (Exists)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        var now = time.GetUtcNow();
        State.Status = ImportStatus.Running;
        State.StartedBy = startedBy;
        State.Bytes = bytes;
        State.Encoding = encoding;
        State.Worker = worker;
        State.StartedAt = now;
        State.LastReportAt = now;
        Raise(new SchoolImportStarted(GetPrimaryKey(), startedBy, bytes));
        return Task.FromResult(View());
    }

    public Task<SchoolImportView> Report(ImportProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        EnsureRunning("report progress");
        State.Read += progress.Read;
        State.Registered += progress.Registered;
        State.Updated += progress.Updated;
        State.Unchanged += progress.Unchanged;
        State.Rejected += progress.Rejected.Count;
        State.RejectedRows.AddRange(progress.Rejected.Take(MaxRejectedRowsKept - State.RejectedRows.Count));
        State.LastReportAt = time.GetUtcNow();
        return Task.FromResult(View());
    }

    public Task<SchoolImportView> Finish(ImportStatus outcome, string? failure)
    {
        EnsureExists();
        if (State.Status != ImportStatus.Running)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        End(outcome, failure);
        return Task.FromResult(View());
    }

    public Task<SchoolImportView> InterruptIfSilentSince(DateTimeOffset silentSince)
    {
        EnsureExists();
        if (State.Status != ImportStatus.Running || State.LastReportAt >= silentSince)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        End(ImportStatus.Interrupted, "The service stopped while importing. Rows read so far are in the register; upload the file again to finish (re-importing changes nothing that is already up to date).");
        return Task.FromResult(View());
    }

    public Task<SchoolImportView> Get() => Task.FromResult(EnsureExists().View());

    public Task<RejectedRowPage> RejectedRows(long afterLine, int limit)
    {
        EnsureExists();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // Rows are reported in line order, so the list is sorted by line.
        var start = State.RejectedRows.FindIndex(r => r.Line > afterLine);
        if (start < 0)
        {
            return Task.FromResult(new RejectedRowPage([], false));
        }

        var count = Math.Min(limit, State.RejectedRows.Count - start);
        return Task.FromResult(new RejectedRowPage(State.RejectedRows.GetRange(start, count), start + count < State.RejectedRows.Count));
    }

    private void End(ImportStatus outcome, string? failure)
    {
        if (outcome == ImportStatus.Running)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), "An import ends as completed, failed or interrupted.");
        }

        State.Status = outcome;
        State.Failure = failure;
        State.FinishedAt = time.GetUtcNow();
        Raise(new SchoolImportFinished(GetPrimaryKey(), outcome.ToString(), State.Read, State.Registered + State.Updated, State.Updated, State.Unchanged, State.Rejected));
    }

    private void EnsureRunning(string action)
    {
        EnsureExists();
        if (State.Status != ImportStatus.Running)
        {
            throw new InvalidTransitionException(State.Status.ToString(), action);
        }
    }

    private SchoolImportGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The import");

    private SchoolImportView View() => new(
        GetPrimaryKey(), State.Status, State.Encoding, State.Bytes, State.Read, State.Registered + State.Updated, State.Registered, State.Updated,
        State.Unchanged, State.Rejected, State.RejectedRows.Count, State.Failure, State.StartedAt, State.LastReportAt, State.FinishedAt);
}
