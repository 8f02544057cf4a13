using Microsoft.Extensions.Options;

namespace Spp.Tenancy.Tokens;

/// <summary>Fails start-up with the setting's name when the signing key or lifetime is unusable.</summary>
internal sealed class InternalTokenOptionsValidator : IValidateOptions<InternalTokenOptions>
{
    internal const int MinimumKeyBytes = 32;
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, InternalTokenOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add(Setting(nameof(options.SigningKey), "is required but not set: give base64 of at least 32 random bytes"));
        }
        else if (!InternalTokenKey.TryDecode(options.SigningKey, out var key))
        {
            failures.Add(Setting(nameof(options.SigningKey), "is not valid base64"));
        }
        else if (key.Length < MinimumKeyBytes)
        {
            failures.Add(Setting(nameof(options.SigningKey), $"decodes to {key.Length} bytes; at least {MinimumKeyBytes} are required"));
        }

        if (options.Lifetime <= TimeSpan.Zero || options.Lifetime > MaximumLifetime)
        {
            failures.Add(Setting(nameof(options.Lifetime), $"must be more than zero and at most {MaximumLifetime}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Setting(string property, string problem) =>
        $"Setting '{InternalTokenOptions.SectionName}:{property}' (environment variable '{InternalTokenOptions.SectionName}__{property}') {problem}.";
}
