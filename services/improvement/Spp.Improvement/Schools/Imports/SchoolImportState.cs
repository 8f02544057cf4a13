using Spp.Grains;

namespace Spp.Improvement.Schools.Imports;

/// <summary>What an import grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class SchoolImportState
{
    public ImportStatus Status { get; set; }

    public Guid? StartedBy { get; set; }

    public long Bytes { get; set; }

    public string Encoding { get; set; } = string.Empty;

    /// <summary>The process that runs the import (for operators reading the store).</summary>
    public string Worker { get; set; } = string.Empty;

    public long Read { get; set; }

    public long Registered { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Rejected { get; set; }

    public List<RejectedRow> RejectedRows { get; set; } = [];

    public string? Failure { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastReportAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
