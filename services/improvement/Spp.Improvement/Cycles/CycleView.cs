namespace Spp.Improvement.Cycles;

/// <summary>
/// A cycle as one caller may read it. Stage and dates are always there; the other parts are null
/// when the caller may not read them (cycle.md "Who can read what").
/// </summary>
/// <param name="Access">How much the caller reads: the parts present follow from it.</param>
/// <param name="People">The team, champion and facilitator; null for other schools and non-leading staff.</param>
/// <param name="SelfReview">The whole self-review for the cycle's people; for other staff, only their own long-list items.</param>
/// <param name="Evidence">Evidence and findings: the cycle's people, and those the headteacher shared them with.</param>
public sealed record CycleView(
    Guid Id,
    Guid PartnershipId,
    Guid RoundId,
    string RoundName,
    int Urn,
    CycleStage Stage,
    bool IsPaused,
    CycleAccess Access,
    CycleDatesView Dates,
    CyclePeopleView? People,
    SelfReviewView? SelfReview,
    ReviewPlanView? Plan,
    CycleFindingsView? Evidence,
    WorkshopRecord? Workshop,
    CloseView? Close,
    FindingsSharing? Sharing,
    IReadOnlyList<StageChange>? History,
    string ETag);

/// <summary>The dates of a cycle: round window, visit days, deadlines and when each stage was done.</summary>
public sealed record CycleDatesView(
    DateOnly WindowStarts,
    DateOnly WindowEnds,
    IReadOnlyList<DateOnly> VisitDays,
    IReadOnlyDictionary<string, DateOnly> Deadlines,
    DateOnly? SelfReviewSubmittedOn,
    DateOnly? ReviewPlanAgreedOn,
    DateOnly? FindingsSharedOn,
    DateOnly? WorkshopHeldOn,
    DateOnly? ActionPlanAgreedOn,
    DateOnly? ClosedOn,
    DateOnly? PausedOn);

/// <summary>The people of a cycle (ids; names come from the people API).</summary>
public sealed record CyclePeopleView(
    Guid? LeadReviewerId,
    int? LeadReviewerUrn,
    IReadOnlyList<Rounds.ReviewerView> Reviewers,
    ChampionAssignment? Champion,
    Guid? FacilitatorId);

/// <summary>The self-review: long list, enquiry focus and questions.</summary>
public sealed record SelfReviewView(IReadOnlyList<LongListItem> LongList, EnquiryFocus? Focus);

/// <summary>The review plan.</summary>
public sealed record ReviewPlanView(IReadOnlyList<DateOnly> VisitDays, string? EvidencePlan, bool TeamConfirmed, DateOnly? ProposedOn, DateOnly? AgreedOn);

/// <summary>Evidence and findings of the peer review (with attachment metadata; files are fetched separately).</summary>
public sealed record CycleFindingsView(IReadOnlyList<EvidenceRecord> Evidence, IReadOnlyList<Finding> Findings, IReadOnlyList<EvidenceAttachment> Attachments);

/// <summary>The close: who confirmed and the summary.</summary>
public sealed record CloseView(bool HeadteacherConfirmed, bool FacilitatorConfirmed, string? Summary);

/// <summary>Whether an overdue task was started (cycle.md shows the two apart).</summary>
public enum OverdueState
{
    /// <summary>Nothing done towards it yet.</summary>
    NotStarted,

    /// <summary>Begun but not finished.</summary>
    Started,
}

/// <summary>Something a person has to do next on a cycle.</summary>
/// <param name="Kind">Stable kebab-case name of the task, e.g. <c>submit-self-review</c>.</param>
/// <param name="Overdue">Null while not overdue.</param>
public sealed record CycleTask(string Kind, Guid CycleId, Guid TenantId, CycleStage Stage, DateOnly? Due, OverdueState? Overdue);
