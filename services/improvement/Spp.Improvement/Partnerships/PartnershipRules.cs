using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>What makes a partnership acceptable; the API checks the field rules before calling the grain.</summary>
public static class PartnershipRules
{
    /// <summary>Fewest schools of a formed partnership.</summary>
    public const int MinSchools = 3;

    /// <summary>Most schools a partnership may have.</summary>
    public const int MaxSchools = 7;

    /// <summary>Longest display name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>True when a partnership of <paramref name="schoolCount"/> schools may run a round.</summary>
    public static bool IsFormed(int schoolCount) => schoolCount is >= MinSchools and <= MaxSchools;

    /// <summary>What is wrong with a display name, or null.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "A name is required."
        : name.Length > MaxNameLength ? $"Use at most {MaxNameLength} characters."
        : name != name.Trim() ? "Remove spaces at the start and end."
        : null;

    /// <summary>What is wrong with a phase's dates, or null.</summary>
    public static string? PhaseDatesProblem(DateOnly starts, DateOnly? ends) =>
        ends < starts ? "The phase cannot end before it starts." : null;

    internal static void EnsureValid(string name, DateOnly starts, DateOnly? ends)
    {
        if ((NameProblem(name) ?? PhaseDatesProblem(starts, ends)) is { } problem)
        {
            throw new RuleViolationException("partnership-invalid", problem);
        }
    }
}
