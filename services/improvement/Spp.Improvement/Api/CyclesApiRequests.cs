using Spp.Improvement.Cycles;

namespace Spp.Improvement.Api;

/// <summary>Body of a long-list proposal or edit.</summary>
public sealed record LongListItemRequest(string? Text);

/// <summary>Body of the enquiry focus.</summary>
public sealed record EnquiryFocusRequest(string? Focus, IReadOnlyList<EnquiryQuestionRequest?>? Questions, IReadOnlyList<Guid>? FromLongList);

/// <summary>An enquiry question: the words, and the bank question (and version) it came from when it did.</summary>
public sealed record EnquiryQuestionRequest(string? Text, Guid? QuestionId, int? QuestionVersion);

/// <summary>Body of the visit days.</summary>
public sealed record VisitDaysRequest(IReadOnlyList<DateOnly>? VisitDays);

/// <summary>Body of the lead reviewer's plan.</summary>
public sealed record ReviewPlanRequest(IReadOnlyList<DateOnly>? VisitDays, string? EvidencePlan, bool? TeamConfirmed);

/// <summary>Body of a review team change: the lead reviewer and reviewers, each with the partner school they come from.</summary>
public sealed record ReviewTeamRequest(CycleReviewerRequest? LeadReviewer, IReadOnlyList<CycleReviewerRequest?>? Reviewers);

/// <summary>A person on a review team and their school.</summary>
public sealed record CycleReviewerRequest(Guid? PersonId, int? Urn);

/// <summary>Body of an evidence record. There is no grade or score: anything else is refused.</summary>
public sealed record EvidenceRequest(EvidenceKind? Kind, string? Note, string? EnquiryLine);

/// <summary>Body of a finding: a strength or an area to explore, tied to evidence. Nothing is graded.</summary>
public sealed record FindingRequest(FindingKind? Kind, string? Text, IReadOnlyList<Guid>? EvidenceIds);

/// <summary>Body of the headteacher's sharing choice.</summary>
public sealed record SharingRequest(IReadOnlyList<Guid>? PersonIds, bool? Partnership, bool? TenantAdmins);

/// <summary>Body of the champion's assignment.</summary>
public sealed record CycleChampionRequest(Guid? PersonId, int? Urn);

/// <summary>Body of the workshop record.</summary>
public sealed record WorkshopRequest(DateOnly? HeldOn, WorkshopParticipantsRequest? Participants, IReadOnlyList<string>? Priorities);

/// <summary>Who took part, by role.</summary>
public sealed record WorkshopParticipantsRequest(int? Count, IReadOnlyList<string>? Roles);

/// <summary>Body of a close confirmation.</summary>
public sealed record CloseRequest(string? Summary);

/// <summary>Body of a pause.</summary>
public sealed record PauseRequest(string? Reason);
