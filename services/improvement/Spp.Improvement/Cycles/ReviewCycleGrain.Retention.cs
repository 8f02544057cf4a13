using Spp.Contracts.Retention;
using Spp.Grains;
using Spp.Improvement.Retention;

namespace Spp.Improvement.Cycles;

/// <summary>The tenant's retention rule: a closed cycle keeps its evidence for the tenant's period, then loses its text and files.</summary>
public sealed partial class ReviewCycleGrain
{
    private const string PurgeAction = "purge the evidence";

    public async Task<CycleSummary> PurgeEvidence()
    {
        EnsureExists();
        if (State.Stage != CycleStage.Closed || State.Close.ClosedOn is not { } closedOn)
        {
            throw new InvalidTransitionException(State.Stage.ToString(), PurgeAction);
        }

        if (State.Purge is not null)
        {
            LeaveUnchanged();
            return BuildSummary();
        }

        // The grain checks the period itself, so no caller can purge early by mistake.
        var policy = await grains.GetGrain<IRetentionPolicyGrain>(State.TenantId).Get();
        var dueOn = policy.EvidencePurgeDueOn(closedOn);
        if (dueOn > Today)
        {
            throw new RuleViolationException("retention-period-not-over", $"The tenant keeps evidence for {policy.EvidenceMonths} months after a cycle closes: this cycle's is purged from {dueOn:yyyy-MM-dd}.");
        }

        var attachments = State.Attachments.Count;
        EraseText();
        State.Purge = new EvidencePurge(time.GetUtcNow(), attachments);
        Raise(new CycleEvidencePurged(Id, State.TenantId, closedOn, State.Purge.PurgedAt, State.Evidence.Count, State.Findings.Count, attachments));
        return BuildSummary();
    }

    /// <summary>
    /// Everything written in words goes (it may mention pupils); what the review was — its records,
    /// their kinds, links, people and dates — stays, so reports of the round still add up.
    /// </summary>
    private void EraseText()
    {
        State.SelfReview.LongList = [.. State.SelfReview.LongList.Select(i => i with { Text = string.Empty })];
        if (State.SelfReview.Focus is { } focus)
        {
            State.SelfReview.Focus = focus with
            {
                Focus = string.Empty,
                Questions = [.. focus.Questions.Select(q => q with { Text = string.Empty })],
            };
        }

        State.Plan.EvidencePlan = null;
        State.Evidence = [.. State.Evidence.Select(e => e with { Note = string.Empty, EnquiryLine = string.Empty })];
        State.Findings = [.. State.Findings.Select(f => f with { Text = string.Empty })];
        State.Attachments.Clear();
        if (State.Workshop is { } workshop)
        {
            State.Workshop = workshop with { Priorities = [.. workshop.Priorities.Select(_ => string.Empty)] };
        }

        State.Close.Summary = null;
        State.PauseReason = null;
    }

    /// <summary>Notes the closed cycle in the tenant's index the retention purge walks; idempotent there, so a retried close converges.</summary>
    private Task NoteClosedForRetention(DateOnly closedOn) =>
        grains.GetGrain<IClosedCycleIndexGrain>(State.TenantId).Note(Id, closedOn);
}
