namespace Spp.Improvement.Cycles;

/// <summary>What the tenant's retention rule does to a closed cycle.</summary>
public partial interface IReviewCycleGrain
{
    /// <summary>
    /// Erases the cycle's evidence notes, findings, self-review and plan text, workshop priorities,
    /// close summary and attachment records once the tenant's retention period after close has
    /// passed, keeping ids, kinds, dates, counts and stages. Purging a purged cycle is a no-op;
    /// a cycle that is not closed is refused (409), and one still within retention too (422).
    /// The attachment bytes are the caller's to delete afterwards.
    /// </summary>
    Task<CycleSummary> PurgeEvidence();
}
