namespace Spp.Improvement.Policies;

/// <summary>What makes a term calendar usable: named terms, in order, not overlapping.</summary>
public static class TermCalendarRules
{
    /// <summary>Most terms in one calendar (ten years of six-term calendars).</summary>
    public const int MaxTerms = 60;

    /// <summary>Field errors (keyed <c>terms[i].field</c>), empty when the calendar is fine.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<SchoolTerm?>? terms)
    {
        var errors = new Dictionary<string, string[]>();
        if (terms is null || terms.Count == 0 || terms.Count > MaxTerms)
        {
            errors["terms"] = [$"Give from 1 to {MaxTerms} terms."];
            return errors;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term is null)
            {
                errors[$"terms[{i}]"] = ["A term is required."];
                continue;
            }

            if (string.IsNullOrWhiteSpace(term.Name) || term.Name.Length > 100)
            {
                errors[$"terms[{i}].name"] = ["Give a name of at most 100 characters."];
            }

            if (term.Ends < term.Starts)
            {
                errors[$"terms[{i}].ends"] = ["A term ends on or after the day it starts."];
            }

            if (i > 0 && terms[i - 1] is { } previous && term.Starts <= previous.Ends)
            {
                errors[$"terms[{i}].starts"] = ["Terms are in order and do not overlap."];
            }
        }

        return errors;
    }
}
