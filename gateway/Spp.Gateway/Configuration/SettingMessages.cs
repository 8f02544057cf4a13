using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Configuration;

/// <summary>Start-up errors in the platform's one format, naming the setting and its environment variable.</summary>
internal static class SettingMessages
{
    public static string For(string key, string problem) => RequiredSettings.Missing(key, problem).Message;

    public static InvalidConfigurationException Invalid(string key, string problem) => RequiredSettings.Missing(key, problem);
}
