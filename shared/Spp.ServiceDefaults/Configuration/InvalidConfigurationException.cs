namespace Spp.ServiceDefaults.Configuration;

/// <summary>Raised at start-up when a setting is missing or invalid; the message names the setting.</summary>
public sealed class InvalidConfigurationException(string message) : Exception(message);
