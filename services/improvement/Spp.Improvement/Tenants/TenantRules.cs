using Spp.Grains;
using Spp.Tenancy;

namespace Spp.Improvement.Tenants;

/// <summary>What makes a tenant's slug and name acceptable; the API checks the same before calling the grain.</summary>
public static class TenantRules
{
    /// <summary>Longest display name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Field errors for a slug and a name, empty when both are fine.</summary>
    public static Dictionary<string, string[]> Validate(string? slug, string? name)
    {
        var errors = new Dictionary<string, string[]>();
        if (slug is null || !TenantSlug.IsValid(slug))
        {
            errors["slug"] = ["Use 2–63 lowercase letters, digits and hyphens, starting and ending with a letter or digit."];
        }

        if (NameProblem(name) is { } problem)
        {
            errors["name"] = [problem];
        }

        return errors;
    }

    /// <summary>What is wrong with a display name, or null.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "A name is required."
        : name.Length > MaxNameLength ? $"Use at most {MaxNameLength} characters."
        : name != name.Trim() ? "Remove spaces at the start and end."
        : null;

    internal static void EnsureValid(string slug, string name)
    {
        if (Validate(slug, name).Count > 0)
        {
            throw new RuleViolationException("tenant-invalid", "The tenant's slug or name is not valid.");
        }
    }

    internal static void EnsureValidName(string name)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new RuleViolationException("tenant-name-invalid", problem);
        }
    }
}
