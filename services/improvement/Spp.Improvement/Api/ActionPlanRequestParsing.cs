namespace Spp.Improvement.Api;

/// <summary>Reads the parts of request bodies that need more than JSON binding: enum names and required values.</summary>
internal static class ActionPlanRequestParsing
{
    /// <summary>The enum value named exactly by <paramref name="text"/> (names only, never numbers), or an error on <paramref name="field"/>.</summary>
    public static TEnum? Enum<TEnum>(string? text, string field, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (text is not null && System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(text);
        }

        errors[field] = [$"Use one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}."];
        return null;
    }

    /// <summary>The value, or an error on <paramref name="field"/> when it is missing.</summary>
    public static T? Required<T>(T? value, string field, Dictionary<string, string[]> errors)
        where T : struct
    {
        if (value is null)
        {
            errors[field] = ["Required."];
        }

        return value;
    }

    /// <summary>Adds <paramref name="more"/> to <paramref name="errors"/>, keeping errors already found.</summary>
    public static Dictionary<string, string[]> With(this Dictionary<string, string[]> errors, Dictionary<string, string[]> more)
    {
        foreach (var (field, messages) in more)
        {
            errors.TryAdd(field, messages);
        }

        return errors;
    }
}
