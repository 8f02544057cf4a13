namespace Spp.Contracts.Cycles;

/// <summary>The headteacher reopened a submitted self-review before the review plan was agreed.</summary>
public sealed record SelfReviewReopened(Guid CycleId, Guid TenantId, Guid ReopenedBy);
