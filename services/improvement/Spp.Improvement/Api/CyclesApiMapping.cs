using Spp.Improvement.Cycles;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Api;

/// <summary>
/// Turns request bodies into the cycle's inputs with per-field errors: missing fields first, then the
/// cycle's own field rules (<see cref="CycleInputRules"/>), so 400 and the grain's checks agree.
/// </summary>
internal static class CyclesApiMapping
{
    public static (EnquiryFocus Focus, Dictionary<string, string[]> Errors) Focus(EnquiryFocusRequest r)
    {
        var focus = new EnquiryFocus(
            r.Focus ?? string.Empty,
            r.Questions?.Select(q => new EnquiryQuestion(q?.Text ?? string.Empty, q?.QuestionId, q?.QuestionVersion)).ToList() ?? [],
            r.FromLongList ?? []);
        return (focus, CycleInputRules.Focus(focus));
    }

    public static (EvidenceDraft Draft, Dictionary<string, string[]> Errors) Evidence(EvidenceRequest r)
    {
        var draft = new EvidenceDraft(r.Kind ?? EvidenceKind.Other, r.Note ?? string.Empty, r.EnquiryLine ?? string.Empty);
        var errors = CycleInputRules.Evidence(draft);
        Require(errors, "kind", r.Kind);
        return (draft, errors);
    }

    public static (FindingDraft Draft, Dictionary<string, string[]> Errors) Finding(FindingRequest r)
    {
        var draft = new FindingDraft(r.Kind ?? FindingKind.Strength, r.Text ?? string.Empty, r.EvidenceIds ?? []);
        var errors = CycleInputRules.Finding(draft);
        Require(errors, "kind", r.Kind);
        Require(errors, "evidenceIds", r.EvidenceIds);
        return (draft, errors);
    }

    public static (ReviewPlanProposal Plan, Dictionary<string, string[]> Errors) Plan(ReviewPlanRequest r)
    {
        var plan = new ReviewPlanProposal(r.VisitDays ?? [], r.EvidencePlan ?? string.Empty, r.TeamConfirmed ?? false);
        var errors = CycleInputRules.Plan(plan);
        Require(errors, "teamConfirmed", r.TeamConfirmed);
        return (plan, errors);
    }

    public static (WorkshopReport Report, Dictionary<string, string[]> Errors) Workshop(WorkshopRequest r)
    {
        var report = new WorkshopReport(
            r.HeldOn ?? default,
            new WorkshopParticipants(r.Participants?.Count ?? 0, r.Participants?.Roles ?? []),
            r.Priorities ?? []);
        var errors = CycleInputRules.Workshop(report);
        Require(errors, "heldOn", r.HeldOn);
        return (report, errors);
    }

    public static (RotaEntry Team, Dictionary<string, string[]> Errors) Team(int urn, ReviewTeamRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        ReviewerView? Member(CycleReviewerRequest? m, string field)
        {
            if (m?.PersonId is not { } person || person == Guid.Empty || m.Urn is not > 0)
            {
                errors[field] = ["Give the person's id and the URN of the school they come from."];
                return null;
            }

            return new ReviewerView(person, m.Urn.Value);
        }

        var lead = r.LeadReviewer is null ? null : Member(r.LeadReviewer, "leadReviewer");
        var reviewers = new List<ReviewerView>();
        var list = r.Reviewers ?? [];
        if (list.Count > CycleInputRules.MaxItems)
        {
            errors["reviewers"] = [$"Give at most {CycleInputRules.MaxItems} reviewers."];
        }

        for (var i = 0; i < list.Count && i < CycleInputRules.MaxItems; i++)
        {
            if (Member(list[i], $"reviewers[{i}]") is { } reviewer)
            {
                reviewers.Add(reviewer);
            }
        }

        return (new RotaEntry(urn, lead, reviewers), errors);
    }

    public static Dictionary<string, string[]> Sharing(SharingRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.PersonIds is { Count: > 200 } || r.PersonIds?.Contains(Guid.Empty) == true)
        {
            errors["personIds"] = ["Name at most 200 people by id."];
        }

        Require(errors, "partnership", r.Partnership);
        Require(errors, "tenantAdmins", r.TenantAdmins);
        return errors;
    }

    public static Dictionary<string, string[]> Champion(CycleChampionRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.PersonId is not { } person || person == Guid.Empty)
        {
            errors["personId"] = ["Give the champion's person id."];
        }

        if (r.Urn is not > 0)
        {
            errors["urn"] = ["Give the URN of the school the champion comes from."];
        }

        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, object? value)
    {
        if (value is null)
        {
            errors[field] = ["This field is required."];
        }
    }
}
