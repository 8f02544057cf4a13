namespace Spp.Contracts.Cycles;

/// <summary>The headteacher submitted the self-review; the cycle moved to review planning.</summary>
/// <param name="QuestionIds">The enquiry bank questions chosen, where the question came from the bank.</param>
public sealed record SelfReviewSubmitted(Guid CycleId, Guid TenantId, Guid SubmittedBy, int QuestionCount, IReadOnlyList<Guid> QuestionIds);
