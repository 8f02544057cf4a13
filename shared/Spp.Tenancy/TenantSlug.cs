namespace Spp.Tenancy;

/// <summary>
/// The rule for tenant slugs. A slug appears in paths and as a host-name label, so it is kept to
/// what is safe in both without escaping: lowercase letters, digits and hyphens, 2 to 63 characters,
/// starting and ending with a letter or digit (the rules of a DNS label).
/// </summary>
public static class TenantSlug
{
    /// <summary>The shortest slug.</summary>
    public const int MinLength = 2;

    /// <summary>The longest slug (a DNS label's limit).</summary>
    public const int MaxLength = 63;

    /// <summary>True when <paramref name="value"/> is a well-formed slug.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length is < MinLength or > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
