using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>What makes a person's profile and roles acceptable; the API checks the same before calling the grain.</summary>
public static class PersonRules
{
    /// <summary>Longest display name.</summary>
    public const int MaxDisplayNameLength = 200;

    /// <summary>The display name shown for a person whose data was erased.</summary>
    public const string ErasedDisplayName = "Erased person";

    /// <summary>The name shown when a person signs in with neither a name nor an e-mail address.</summary>
    public const string UnnamedDisplayName = "Unnamed person";

    /// <summary>The display name to store: the one given, trimmed and cut to length, else the address's local part.</summary>
    public static string DisplayNameFor(string? displayName, string? email)
    {
        var name = !string.IsNullOrWhiteSpace(displayName) ? displayName.Trim()
            : !string.IsNullOrWhiteSpace(email) ? email.Trim().Split('@')[0]
            : UnnamedDisplayName;
        return name.Length > MaxDisplayNameLength ? name[..MaxDisplayNameLength] : name;
    }

    /// <summary>Field errors for a set of school roles, empty when they are fine.</summary>
    public static Dictionary<string, string[]> ValidateSchools(IReadOnlyList<SchoolMembershipView>? schools, string field = "schools")
    {
        var errors = new Dictionary<string, string[]>();
        if (schools is null)
        {
            return errors;
        }

        if (schools.Any(s => s is null || s.Urn <= 0 || !Enum.IsDefined(s.Role)))
        {
            errors[field] = ["Each school needs a positive URN and a role: Staff, SeniorLeader or Headteacher."];
        }
        else if (schools.Select(s => s.Urn).Distinct().Count() != schools.Count)
        {
            errors[field] = ["List each school once."];
        }

        return errors;
    }

    internal static void EnsureValidRoles(bool isTenantAdmin, bool isFacilitator, IReadOnlyList<SchoolMembershipView> schools)
    {
        if (ValidateSchools(schools).Count > 0)
        {
            throw new RuleViolationException("membership-schools-invalid", "Each school needs a positive URN and a role, once.");
        }

        if (!isTenantAdmin && !isFacilitator && schools.Count == 0)
        {
            throw new RuleViolationException("membership-needs-a-role", "A member holds at least one role; remove the membership instead.");
        }
    }
}
