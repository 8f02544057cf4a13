using Microsoft.Extensions.DependencyInjection.Extensions;
using Spp.Gateway.Configuration;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>Registers the development issuer when, and only when, it is enabled; refuses it in Production.</summary>
internal static class DevelopmentIssuerSetup
{
    /// <summary>The issuer's key when enabled (the gateway then trusts its tokens), otherwise null.</summary>
    /// <exception cref="ServiceDefaults.Configuration.InvalidConfigurationException">Enabled in the Production environment.</exception>
    public static DevelopmentIssuerKey? AddDevelopmentIssuer(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DevelopmentIssuerOptions.SectionName);
        builder.Services.AddOptions<DevelopmentIssuerOptions>().Bind(section);
        var options = section.Get<DevelopmentIssuerOptions>() ?? new();
        if (!options.Enabled)
        {
            return null;
        }

        if (builder.Environment.IsProduction())
        {
            throw SettingMessages.Invalid(
                DevelopmentIssuerOptions.EnabledKey,
                $"turns on the development issuer (also {DevelopmentSignIn.Flag}), where anyone can sign in as anyone; it is refused in the Production environment. Turn it off, or run with ASPNETCORE_ENVIRONMENT=Development");
        }

        if (options.TokenLifetime <= TimeSpan.Zero || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            throw SettingMessages.Invalid($"{DevelopmentIssuerOptions.SectionName}:TokenLifetime", "must be more than zero and at most 1.00:00:00");
        }

        var key = new DevelopmentIssuerKey();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<DevelopmentTokens>();
        builder.Services.AddSingleton<AuthorizationCodes>();
        builder.Services.AddSingleton<RecentPeople>();
        return key;
    }
}
