using Microsoft.Extensions.Configuration;

namespace Spp.ServiceDefaults.Configuration;

/// <summary>Reads settings that must be present, failing at start-up with the setting's name.</summary>
public static class RequiredSettings
{
    /// <summary>The value of <paramref name="key"/>, or an exception naming it (and its environment-variable form).</summary>
    public static string GetRequired(this IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? throw Missing(key, "is required but not set") : value;
    }

    /// <summary>The start-up error for a bad <paramref name="key"/>.</summary>
    public static InvalidConfigurationException Missing(string key, string problem) =>
        new($"Setting '{key}' (environment variable '{key.Replace(":", "__", StringComparison.Ordinal)}') {problem}.");
}
