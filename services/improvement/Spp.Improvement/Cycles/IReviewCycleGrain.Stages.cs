using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>The stage-by-stage commands of a cycle; each answers the cycle as the caller may read it after the change.</summary>
public partial interface IReviewCycleGrain
{
    /// <summary>A member of the school's staff proposes a long-list item (a retry with the same id returns the first result).</summary>
    Task<CycleView> ProposeLongListItem(CycleCaller caller, Guid itemId, string text);

    /// <summary>A senior leader edits, or with a null <paramref name="text"/> removes, a long-list item.</summary>
    Task<CycleView> EditLongListItem(CycleCaller caller, Guid itemId, string? text, string? ifMatch);

    /// <summary>A senior leader sets the enquiry focus and question(s), chosen from the long list.</summary>
    Task<CycleView> ChooseEnquiryFocus(CycleCaller caller, EnquiryFocus focus, string? ifMatch);

    /// <summary>The headteacher submits the self-review: → <see cref="CycleStage.ReviewPlanning"/>.</summary>
    Task<CycleView> SubmitSelfReview(CycleCaller caller, string? ifMatch);

    /// <summary>The headteacher reopens the self-review until the review plan is agreed: → <see cref="CycleStage.SelfReview"/>.</summary>
    Task<CycleView> ReopenSelfReview(CycleCaller caller, string? ifMatch);

    /// <summary>The facilitator or lead reviewer sets the visit days (inside the round window); deadlines follow.</summary>
    Task<CycleView> SetVisitDays(CycleCaller caller, IReadOnlyList<DateOnly> visitDays, string? ifMatch);

    /// <summary>The lead reviewer proposes the plan: visit days, evidence plan, team confirmation.</summary>
    Task<CycleView> ProposeReviewPlan(CycleCaller caller, ReviewPlanProposal plan, string? ifMatch);

    /// <summary>The headteacher agrees the plan: → <see cref="CycleStage.PeerReview"/>.</summary>
    Task<CycleView> AgreeReviewPlan(CycleCaller caller, string? ifMatch);

    /// <summary>A reviewer records evidence on or after the first visit day (a retry with the same id returns the first result).</summary>
    Task<CycleView> RecordEvidence(CycleCaller caller, Guid evidenceId, EvidenceDraft draft);

    /// <summary>The recorder changes, or with a null <paramref name="draft"/> removes, their evidence.</summary>
    Task<CycleView> ChangeEvidence(CycleCaller caller, Guid evidenceId, EvidenceDraft? draft, string? ifMatch);

    /// <summary>A reviewer drafts a finding tied to evidence (a retry with the same id returns the first result).</summary>
    Task<CycleView> DraftFinding(CycleCaller caller, Guid findingId, FindingDraft draft);

    /// <summary>Changes or withdraws a finding; after sharing, the lead reviewer's recorded correction until the workshop is held.</summary>
    Task<CycleView> ChangeFinding(CycleCaller caller, Guid findingId, FindingDraft? draft, string? ifMatch);

    /// <summary>The lead reviewer shares the findings: → <see cref="CycleStage.ImprovementWorkshop"/>.</summary>
    Task<CycleView> ShareFindings(CycleCaller caller, string? ifMatch);

    /// <summary>The headteacher shares findings and evidence with named people, the partnership or the tenant admins.</summary>
    Task<CycleView> ShareFindingsWith(CycleCaller caller, FindingsSharing sharing, string? ifMatch);

    /// <summary>The facilitator assigns the Improvement Champion (from a partner school, not on the review team).</summary>
    Task<CycleView> AssignChampion(CycleCaller caller, ChampionAssignment champion, string? ifMatch);

    /// <summary>The Improvement Champion records the workshop as held: → <see cref="CycleStage.ActionPlan"/>.</summary>
    Task<CycleView> RecordWorkshopHeld(CycleCaller caller, WorkshopReport report, string? ifMatch);

    /// <summary>The headteacher agrees the action plan: → <see cref="CycleStage.Impact"/>.</summary>
    Task<CycleView> AgreeActionPlan(CycleCaller caller, string? ifMatch);

    /// <summary>The headteacher or the facilitator confirms the close with a summary; the second confirmation closes.</summary>
    Task<CycleView> ConfirmClose(CycleCaller caller, string summary, string? ifMatch);

    /// <summary>The headteacher or the facilitator pauses the cycle (e.g. a school closure).</summary>
    Task<CycleView> Pause(CycleCaller caller, string reason, string? ifMatch);

    /// <summary>Resumes a paused cycle; deadlines not yet met move later by the days it was paused.</summary>
    Task<CycleView> Resume(CycleCaller caller, string? ifMatch);
}
