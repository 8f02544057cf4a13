using Spp.Contracts.Cycles;
using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>Stage 3: evidence on the visit days, findings tied to evidence, sharing them, and corrections until the workshop.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task<CycleView> RecordEvidence(CycleCaller caller, Guid evidenceId, EvidenceDraft draft)
    {
        var roles = await Authorize(caller, r => r.IsOnReviewTeam, "record evidence", "the lead reviewer and reviewers", ifMatch: null);
        if (State.Evidence.FirstOrDefault(e => e.Id == evidenceId) is { } existing)
        {
            if (existing.RecordedBy != caller.PersonId || (existing.Kind, existing.Note, existing.EnquiryLine) != (draft.Kind, draft.Note, draft.EnquiryLine))
            {
                throw new RuleViolationException("evidence-exists", "Another evidence record already has this id.");
            }

            LeaveUnchanged();
            return BuildView(roles);
        }

        EnsureMayRecordEvidence(roles, "record evidence");
        CycleInputRules.Ensure(CycleInputRules.Evidence(draft));
        State.Evidence.Add(new EvidenceRecord(evidenceId, draft.Kind, draft.Note, draft.EnquiryLine, caller.PersonId, time.GetUtcNow()));
        Raise(new EvidenceRecorded(Id, State.TenantId, evidenceId, draft.Kind.ToString(), caller.PersonId));
        return BuildView(roles);
    }

    public async Task<CycleView> ChangeEvidence(CycleCaller caller, Guid evidenceId, EvidenceDraft? draft, string? ifMatch)
    {
        var action = draft is null ? "remove evidence" : "change evidence";
        var roles = await Authorize(caller, r => r.IsOnReviewTeam, action, "the lead reviewer and reviewers", ifMatch);
        var index = State.Evidence.FindIndex(e => e.Id == evidenceId);
        if (index < 0)
        {
            throw new GrainNotFoundException("The evidence record");
        }

        var evidence = State.Evidence[index];
        if (evidence.RecordedBy != caller.PersonId)
        {
            throw new CycleForbiddenException(action, "the person who recorded it");
        }

        EnsureMayRecordEvidence(roles, action);
        if (draft is null)
        {
            if (State.Findings.Any(f => f.EvidenceIds.Contains(evidenceId)))
            {
                throw new RuleViolationException("evidence-used-by-finding", "A finding rests on this evidence; change the finding first.");
            }

            State.Evidence.RemoveAt(index);
            State.Attachments.RemoveAll(a => a.EvidenceId == evidenceId);
        }
        else
        {
            CycleInputRules.Ensure(CycleInputRules.Evidence(draft));
            State.Evidence[index] = evidence with { Kind = draft.Kind, Note = draft.Note, EnquiryLine = draft.EnquiryLine };
        }

        Raise(new EvidenceChanged(Id, State.TenantId, evidenceId, (draft?.Kind ?? evidence.Kind).ToString(), Removed: draft is null));
        return BuildView(roles);
    }

    public async Task<CycleView> DraftFinding(CycleCaller caller, Guid findingId, FindingDraft draft)
    {
        var roles = await Authorize(caller, r => r.IsOnReviewTeam, "draft a finding", "the lead reviewer and reviewers", ifMatch: null);
        if (State.Findings.FirstOrDefault(f => f.Id == findingId) is { } existing)
        {
            if (existing.DraftedBy != caller.PersonId || existing.Kind != draft.Kind || existing.Text != draft.Text || !existing.EvidenceIds.SequenceEqual(draft.EvidenceIds))
            {
                throw new RuleViolationException("finding-exists", "Another finding already has this id.");
            }

            LeaveUnchanged();
            return BuildView(roles);
        }

        EnsureStage("draft a finding", CycleStage.PeerReview);
        EnsureFinding(draft);
        State.Findings.Add(new Finding(findingId, draft.Kind, draft.Text, [.. draft.EvidenceIds], caller.PersonId));
        Raise(new FindingDrafted(Id, State.TenantId, findingId, draft.Kind.ToString(), draft.EvidenceIds.Count, Removed: false));
        return BuildView(roles);
    }

    /// <summary>
    /// Changes or (with a null draft) withdraws a finding: while drafting, its drafter or the lead
    /// reviewer; once shared and until the workshop is held, the lead reviewer only, as a recorded correction.
    /// </summary>
    public async Task<CycleView> ChangeFinding(CycleCaller caller, Guid findingId, FindingDraft? draft, string? ifMatch)
    {
        var action = draft is null ? "withdraw a finding" : "change a finding";
        var correcting = State.Stage == CycleStage.ImprovementWorkshop;
        var roles = await Authorize(
            caller,
            r => correcting ? r.IsLeadReviewer : r.IsOnReviewTeam,
            action,
            correcting ? "the lead reviewer" : "the lead reviewer and reviewers",
            ifMatch);
        var index = State.Findings.FindIndex(f => f.Id == findingId);
        if (index < 0)
        {
            throw new GrainNotFoundException("The finding");
        }

        var finding = State.Findings[index];
        if (!roles.IsLeadReviewer && finding.DraftedBy != caller.PersonId)
        {
            throw new CycleForbiddenException(action, "the person who drafted it or the lead reviewer");
        }

        EnsureStage(action, CycleStage.PeerReview, CycleStage.ImprovementWorkshop);
        if (draft is null)
        {
            if (correcting && State.Findings.Count == 1)
            {
                throw new RuleViolationException("findings-required", "Shared findings keep at least one finding.");
            }

            State.Findings.RemoveAt(index);
        }
        else
        {
            EnsureFinding(draft);
            State.Findings[index] = finding with { Kind = draft.Kind, Text = draft.Text, EvidenceIds = [.. draft.EvidenceIds] };
        }

        if (correcting)
        {
            State.History.Add(new StageChange(time.GetUtcNow(), caller.PersonId, "CorrectFindings", State.Stage, State.Stage));
            Raise(new FindingsCorrected(Id, State.TenantId, caller.PersonId, Count(FindingKind.Strength), Count(FindingKind.AreaToExplore)));
        }
        else
        {
            Raise(new FindingDrafted(Id, State.TenantId, findingId, (draft?.Kind ?? finding.Kind).ToString(), draft?.EvidenceIds.Count ?? 0, Removed: draft is null));
        }

        return BuildView(roles);
    }

    public async Task<CycleView> ShareFindings(CycleCaller caller, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.ShareFindings, ifMatch);
        if (State.Findings.Count == 0)
        {
            throw new RuleViolationException("findings-required", "Draft at least one finding, tied to evidence, before sharing.");
        }

        CompleteMove(move, caller.PersonId);
        State.FindingsSharedOn = Today;
        await RecomputeDeadlines(DeadlineKeys.WorkshopHeld);
        Raise(new FindingsShared(
            Id,
            State.TenantId,
            caller.PersonId,
            Today,
            Count(FindingKind.Strength),
            Count(FindingKind.AreaToExplore),
            State.Evidence.Count,
            new Dictionary<string, DateOnly>(State.Deadlines)));
        return BuildView(roles);
    }

    /// <summary>The headteacher decides who beyond the cycle's people reads findings and evidence (replaces the previous choice).</summary>
    public async Task<CycleView> ShareFindingsWith(CycleCaller caller, FindingsSharing sharing, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        var roles = await Authorize(caller, r => r.IsHeadteacher, "share findings and evidence", "the headteacher", ifMatch);
        if (State.Stage == CycleStage.Closed)
        {
            throw new InvalidTransitionException(State.Stage.ToString(), "share findings and evidence");
        }

        var people = sharing.PersonIds.Distinct().Order().ToList();
        State.Sharing = new FindingsSharing(people, sharing.Partnership, sharing.TenantAdmins);
        Raise(new FindingsSharingChanged(Id, State.TenantId, people, sharing.Partnership, sharing.TenantAdmins));
        return BuildView(roles);
    }

    private void EnsureMayRecordEvidence(CycleRoles roles, string action)
    {
        if (!roles.IsOnReviewTeam)
        {
            throw new CycleForbiddenException(action, "the lead reviewer and reviewers");
        }

        EnsureStage(action, CycleStage.PeerReview);

        // Evidence is gathered on the visit days, and written up until the findings are shared.
        if (State.Plan.VisitDays.Count == 0 || Today < State.Plan.VisitDays[0])
        {
            throw new RuleViolationException("evidence-before-visit", "Evidence is recorded from the first visit day.");
        }
    }

    private void EnsureFinding(FindingDraft draft)
    {
        CycleInputRules.Ensure(CycleInputRules.Finding(draft));
        if (draft.EvidenceIds.Count == 0)
        {
            throw new RuleViolationException("finding-needs-evidence", "Each finding is tied to at least one piece of evidence.");
        }

        if (draft.EvidenceIds.Any(id => State.Evidence.All(e => e.Id != id)))
        {
            throw new RuleViolationException("finding-evidence-unknown", "A finding can only cite evidence recorded on this cycle.");
        }
    }

    private int Count(FindingKind kind) => State.Findings.Count(f => f.Kind == kind);
}
