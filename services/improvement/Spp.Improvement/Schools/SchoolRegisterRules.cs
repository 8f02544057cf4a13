namespace Spp.Improvement.Schools;

/// <summary>What makes register data acceptable; the import checks each row with it before calling the grain.</summary>
public static class SchoolRegisterRules
{
    /// <summary>Longest name, local authority, region, trust or status the register accepts.</summary>
    public const int MaxTextLength = 300;

    /// <summary>URNs are positive six-digit numbers today; seven digits leaves room.</summary>
    public const int MaxUrn = 9_999_999;

    /// <summary>Field errors of <paramref name="data"/>, empty when it is fine.</summary>
    public static Dictionary<string, string> Validate(SchoolRegisterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = new Dictionary<string, string>();
        if (data.Urn is <= 0 or > MaxUrn)
        {
            errors["URN"] = "The URN must be a whole number from 1 to 9999999.";
        }

        Require(errors, "EstablishmentName", data.Name);
        Require(errors, "LA (name)", data.LocalAuthority);
        Require(errors, "GOR (name)", data.Region);
        Require(errors, "EstablishmentStatus (name)", data.Status);
        if (data.Trust is { Length: > MaxTextLength })
        {
            errors["Trusts (name)"] = $"Use at most {MaxTextLength} characters.";
        }

        if (data.OpenedOn is { } opened && data.ClosedOn is { } closed && closed < opened)
        {
            errors["CloseDate"] = "The school cannot close before it opened.";
        }

        return errors;
    }

    /// <summary>True for the GIAS status of a school that no longer runs.</summary>
    public static bool IsClosed(string status) => string.Equals(status, "Closed", StringComparison.OrdinalIgnoreCase);

    private static void Require(Dictionary<string, string> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = "A value is required.";
        }
        else if (value.Length > MaxTextLength)
        {
            errors[field] = $"Use at most {MaxTextLength} characters.";
        }
    }
}
