using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;

namespace Spp.Gateway.Tenancy;

/// <summary>Fails start-up, naming the setting, when the directory's settings break the 60-second promise.</summary>
internal sealed class TenantDirectoryOptionsValidator : IValidateOptions<TenantDirectoryOptions>
{
    private const string Section = TenantDirectoryOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TenantDirectoryOptions options)
    {
        var failures = new List<string>();
        if (options.CacheDuration <= TimeSpan.Zero || options.CacheDuration > TenantDirectoryOptions.MaximumCacheDuration)
        {
            failures.Add(SettingMessages.For($"{Section}:CacheDuration", $"must be more than zero and at most {TenantDirectoryOptions.MaximumCacheDuration}"));
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add(SettingMessages.For($"{Section}:ClusterId", "is required but not set"));
        }

        if (options.LookupTimeout <= TimeSpan.Zero || options.LookupTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add(SettingMessages.For($"{Section}:LookupTimeout", "must be more than zero and at most 00:00:30"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
