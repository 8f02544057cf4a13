namespace Spp.Improvement.Schools.Imports;

/// <summary>Counts of an import since its last report, added to by parallel writers.</summary>
internal sealed class ImportTally
{
    private readonly Lock gate = new();
    private readonly List<RejectedRow> rejected = [];
    private long read, registered, updated, unchanged;

    public void Add(RegisterOutcome outcome)
    {
        lock (gate)
        {
            read++;
            _ = outcome switch
            {
                RegisterOutcome.Registered => registered++,
                RegisterOutcome.Updated => updated++,
                _ => unchanged++,
            };
        }
    }

    public void Reject(long line, string reason)
    {
        lock (gate)
        {
            read++;
            rejected.Add(new RejectedRow(line, reason));
        }
    }

    /// <summary>What was counted since the last call, in line order, and a fresh start.</summary>
    public ImportProgress Take()
    {
        lock (gate)
        {
            var progress = new ImportProgress(read, registered, updated, unchanged, [.. rejected.OrderBy(r => r.Line)]);
            read = registered = updated = unchanged = 0;
            rejected.Clear();
            return progress;
        }
    }
}
