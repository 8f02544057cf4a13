using System.Text.RegularExpressions;
using Spp.Grains;

namespace Spp.Improvement.Enquiry;

/// <summary>What makes a question acceptable; the API checks the same before calling the grain.</summary>
public static partial class EnquiryQuestionRules
{
    /// <summary>Every question of the framework is phrased as an enquiry, never as a judgement.</summary>
    public const string RequiredOpening = "To what extent ";

    /// <summary>Longest wording.</summary>
    public const int MaxTextLength = 300;

    /// <summary>Most active questions in one theme: a bank is a menu to choose from, not a checklist.</summary>
    public const int MaxActivePerTheme = 30;

    /// <summary>Most wordings one question may have.</summary>
    public const int MaxVersions = 50;

    /// <summary>What is wrong with a wording, or null.</summary>
    public static string? TextProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "A question is required."
        : text.Length > MaxTextLength ? $"Use at most {MaxTextLength} characters."
        : text != text.Trim() ? "Remove spaces at the start and end."
        : text.Any(char.IsControl) ? "Use a single line without control characters."
        : !text.StartsWith(RequiredOpening, StringComparison.Ordinal) ? $"Start the question with \"{RequiredOpening.TrimEnd()}\"."
        : !text.EndsWith('?') ? "End the question with a question mark."
        : text.Length < RequiredOpening.Length + 10 ? "The question is too short to ask anything."
        : null;

    /// <summary>True for a well-formed question id (starter ids are kebab-case words, added ones 32 hex digits).</summary>
    public static bool IsQuestionId(string? id) => id is not null && QuestionId().IsMatch(id);

    internal static void EnsureValidText(string text)
    {
        if (TextProblem(text) is { } problem)
        {
            throw new RuleViolationException("enquiry-question-invalid", problem);
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionId();
}
