namespace Spp.Improvement.Cycles;

/// <summary>A piece of evidence as a reviewer writes it.</summary>
public sealed record EvidenceDraft(EvidenceKind Kind, string Note, string EnquiryLine);

/// <summary>A finding as a reviewer drafts it.</summary>
public sealed record FindingDraft(FindingKind Kind, string Text, IReadOnlyList<Guid> EvidenceIds);

/// <summary>The review plan as the lead reviewer proposes it.</summary>
public sealed record ReviewPlanProposal(IReadOnlyList<DateOnly> VisitDays, string EvidencePlan, bool TeamConfirmed);

/// <summary>The workshop as the Improvement Champion reports it.</summary>
public sealed record WorkshopReport(DateOnly HeldOn, WorkshopParticipants Participants, IReadOnlyList<string> Priorities);
