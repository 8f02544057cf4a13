namespace Spp.Grains;

/// <summary>A domain rule was broken (HTTP 422); <see cref="Rule"/> names it.</summary>
public sealed class RuleViolationException(string rule, string message) : Exception(message)
{
    /// <summary>The rule's stable name, e.g. <c>tenant-slug-taken</c>.</summary>
    public string Rule { get; } = rule;
}
