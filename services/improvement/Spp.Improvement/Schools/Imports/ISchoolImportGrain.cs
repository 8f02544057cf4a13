using Spp.Grains;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// One import of a register file, keyed by its id: who started it, where it is, its counts and the rows
/// it rejected. The service's import worker reports to it; the API reads it.
/// </summary>
public interface ISchoolImportGrain : IGrainWithGuidKey
{
    /// <summary>Starts the import as running in <paramref name="worker"/>; a repeat (same id) changes nothing.</summary>
    Task<SchoolImportView> Start(Guid? startedBy, long bytes, string encoding, string worker);

    /// <summary>Adds counts and rejected rows; 409 once the import has ended (e.g. it was marked interrupted), which tells the worker to stop.</summary>
    Task<SchoolImportView> Report(ImportProgress progress);

    /// <summary>Ends the import as <paramref name="outcome"/>; idempotent.</summary>
    Task<SchoolImportView> Finish(ImportStatus outcome, string? failure);

    /// <summary>Marks a running import interrupted when its worker has not reported since <paramref name="silentSince"/> (its process stopped).</summary>
    Task<SchoolImportView> InterruptIfSilentSince(DateTimeOffset silentSince);

    /// <summary>The import as it is now; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<SchoolImportView> Get();

    /// <summary>Up to <paramref name="limit"/> rejected rows after line <paramref name="afterLine"/>, and whether more follow.</summary>
    [ReadOnly]
    Task<RejectedRowPage> RejectedRows(long afterLine, int limit);
}

/// <summary>Where an import is.</summary>
public enum ImportStatus
{
    /// <summary>The worker is reading the file.</summary>
    Running,

    /// <summary>Every row was read; good rows are in the register, bad rows are listed.</summary>
    Completed,

    /// <summary>The file could not be imported at all (e.g. required columns are missing).</summary>
    Failed,

    /// <summary>The process running it stopped part-way; rows read so far are in the register. Upload the file again.</summary>
    Interrupted,
}

/// <summary>What the worker read since its last report.</summary>
public sealed record ImportProgress(long Read, long Registered, long Updated, long Unchanged, IReadOnlyList<RejectedRow> Rejected);

/// <summary>A row the import could not take, by its line in the file.</summary>
public sealed record RejectedRow(long Line, string Reason);

/// <summary>A page of rejected rows.</summary>
public sealed record RejectedRowPage(IReadOnlyList<RejectedRow> Rows, bool HasMore);

/// <summary>An import as the API shows it.</summary>
/// <param name="Imported">Rows that registered a school or updated one (<see cref="Registered"/> + <see cref="Updated"/>).</param>
/// <param name="RejectedRowsKept">How many rejected rows are listed; beyond <see cref="SchoolImportGrain.MaxRejectedRowsKept"/> only the count is kept.</param>
public sealed record SchoolImportView(
    Guid Id,
    ImportStatus Status,
    string Encoding,
    long Bytes,
    long Read,
    long Imported,
    long Registered,
    long Updated,
    long Unchanged,
    long Rejected,
    long RejectedRowsKept,
    string? Failure,
    DateTimeOffset StartedAt,
    DateTimeOffset LastReportAt,
    DateTimeOffset? FinishedAt);
