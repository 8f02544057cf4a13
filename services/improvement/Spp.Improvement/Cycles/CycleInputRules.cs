using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>
/// Field rules for what people write into a cycle. The API answers the errors as 400; the grain
/// checks the same and refuses with rule <c>cycle-input-invalid</c>, so no caller can bypass them.
/// Messages never repeat the text: it may mention pupils.
/// </summary>
public static class CycleInputRules
{
    public const int MaxText = 4000;
    public const int MaxShortText = 300;
    public const int MaxQuestions = 5;
    public const int MaxItems = 20;
    public const int MaxVisitDays = 2;

    public static Dictionary<string, string[]> Text(string field, string? value, int max = MaxText, Dictionary<string, string[]>? errors = null)
    {
        errors ??= [];
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors[field] = [$"Write from 1 to {max} characters."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Evidence(EvidenceDraft? draft)
    {
        if (draft is null)
        {
            return new() { ["body"] = ["A body is required."] };
        }

        var errors = Text("note", draft.Note);
        Text("enquiryLine", draft.EnquiryLine, MaxShortText, errors);
        if (!Enum.IsDefined(draft.Kind))
        {
            errors["kind"] = ["Use one of Observation, PupilVoice, StaffConversation, DocumentOrData, Other."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Finding(FindingDraft? draft)
    {
        if (draft is null)
        {
            return new() { ["body"] = ["A body is required."] };
        }

        var errors = Text("text", draft.Text);
        if (!Enum.IsDefined(draft.Kind))
        {
            errors["kind"] = ["Use Strength or AreaToExplore."];
        }

        if (draft.EvidenceIds is null || draft.EvidenceIds.Count > 50 || draft.EvidenceIds.Distinct().Count() != draft.EvidenceIds.Count)
        {
            errors["evidenceIds"] = ["Give at most 50 distinct evidence ids."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Focus(EnquiryFocus? focus)
    {
        if (focus is null)
        {
            return new() { ["body"] = ["A body is required."] };
        }

        var errors = Text("focus", focus.Focus, MaxShortText);
        if (focus.Questions is null || focus.Questions.Count is 0 or > MaxQuestions)
        {
            errors["questions"] = [$"Give from 1 to {MaxQuestions} enquiry questions."];
        }
        else
        {
            for (var i = 0; i < focus.Questions.Count; i++)
            {
                Text($"questions[{i}].text", focus.Questions[i]?.Text, MaxShortText, errors);
                if (focus.Questions[i]?.QuestionVersion is < 1)
                {
                    errors[$"questions[{i}].questionVersion"] = ["A version is 1 or more."];
                }
            }
        }

        if (focus.FromLongList is null || focus.FromLongList.Count is 0 or > MaxItems)
        {
            errors["fromLongList"] = [$"Name from 1 to {MaxItems} long-list items the focus comes from."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> VisitDays(IReadOnlyList<DateOnly>? days, Dictionary<string, string[]>? errors = null)
    {
        errors ??= [];
        if (days is null || days.Count is 0 or > MaxVisitDays || (days.Count == 2 && days[1] <= days[0]))
        {
            errors["visitDays"] = ["Give one or two visit days, in order."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Plan(ReviewPlanProposal? plan)
    {
        if (plan is null)
        {
            return new() { ["body"] = ["A body is required."] };
        }

        var errors = VisitDays(plan.VisitDays);
        return Text("evidencePlan", plan.EvidencePlan, MaxText, errors);
    }

    public static Dictionary<string, string[]> Workshop(WorkshopReport? report)
    {
        if (report is null)
        {
            return new() { ["body"] = ["A body is required."] };
        }

        var errors = new Dictionary<string, string[]>();
        if (report.Participants is null || report.Participants.Count is < 1 or > 500)
        {
            errors["participants.count"] = ["Give the number of participants, 1 to 500."];
        }
        else if (report.Participants.Roles is null || report.Participants.Roles.Count > MaxItems || report.Participants.Roles.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 100))
        {
            errors["participants.roles"] = [$"Give up to {MaxItems} roles of at most 100 characters."];
        }

        if (report.Priorities is null || report.Priorities.Count is 0 or > MaxItems || report.Priorities.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > MaxShortText))
        {
            errors["priorities"] = [$"Give from 1 to {MaxItems} priorities of at most {MaxShortText} characters."];
        }

        return errors;
    }

    internal static void Ensure(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new RuleViolationException("cycle-input-invalid", $"Invalid fields: {string.Join(", ", errors.Keys)}.");
        }
    }
}
