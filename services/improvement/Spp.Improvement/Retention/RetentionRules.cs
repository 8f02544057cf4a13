using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <summary>The bounds of a retention policy; the API checks the same before calling the grain.</summary>
public static class RetentionRules
{
    /// <summary>Three years after close, unless the tenant decides otherwise.</summary>
    public const int DefaultEvidenceMonths = 36;

    /// <summary>A year at least: the next round's cycle starts from the last one, so its evidence must outlive it.</summary>
    public const int MinEvidenceMonths = 12;

    /// <summary>Ten years at most: evidence may mention pupils and must not be kept without end.</summary>
    public const int MaxEvidenceMonths = 120;

    /// <summary>What is wrong with a number of months, or null.</summary>
    public static string? EvidenceMonthsProblem(int? months) =>
        months is null ? "Give the number of months."
        : months < MinEvidenceMonths || months > MaxEvidenceMonths ? $"Use between {MinEvidenceMonths} and {MaxEvidenceMonths} months."
        : null;

    internal static void EnsureValid(int months)
    {
        if (EvidenceMonthsProblem(months) is { } problem)
        {
            throw new RuleViolationException("retention-months-out-of-range", problem);
        }
    }
}
