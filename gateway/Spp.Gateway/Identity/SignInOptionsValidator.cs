using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;

namespace Spp.Gateway.Identity;

/// <summary>Fails start-up, naming the setting, when the sign-in settings break the 60-second promise.</summary>
internal sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    private const string Section = SignInOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        var failures = new List<string>();
        if (options.CacheDuration <= TimeSpan.Zero || options.CacheDuration > SignInOptions.MaximumCacheDuration)
        {
            failures.Add(SettingMessages.For($"{Section}:CacheDuration", $"must be more than zero and at most {SignInOptions.MaximumCacheDuration}"));
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
