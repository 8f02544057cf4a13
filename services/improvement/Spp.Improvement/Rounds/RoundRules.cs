using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>What makes a round's name and window acceptable; the API checks the same before calling the grain.</summary>
public static class RoundRules
{
    /// <summary>Longest round name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>What is wrong with a round name, or null.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "A name is required, e.g. \"2026–27 round 1\"."
        : name.Length > MaxNameLength ? $"Use at most {MaxNameLength} characters."
        : name != name.Trim() ? "Remove spaces at the start and end."
        : null;

    /// <summary>What is wrong with a window, or null.</summary>
    public static string? WindowProblem(DateOnly starts, DateOnly ends) =>
        ends < starts ? "The window cannot end before it starts." : null;

    internal static void EnsureValid(RoundScheduling scheduling)
    {
        if ((NameProblem(scheduling.Name) ?? WindowProblem(scheduling.WindowStarts, scheduling.WindowEnds)) is { } problem)
        {
            throw new RuleViolationException("round-invalid", problem);
        }
    }
}
