namespace Spp.Contracts.Cycles;

/// <summary>A senior leader set the self-review's enquiry focus and questions (counts and bank ids only).</summary>
public sealed record EnquiryFocusChosen(Guid CycleId, Guid TenantId, int QuestionCount, IReadOnlyList<Guid> QuestionIds);
