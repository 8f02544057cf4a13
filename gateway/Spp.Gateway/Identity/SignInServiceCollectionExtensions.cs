using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Spp.Gateway.Identity;

/// <summary>Registers the resolution of signed-in callers to the platform's people, cached per (issuer, subject).</summary>
internal static class SignInServiceCollectionExtensions
{
    public static IServiceCollection AddGatewaySignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        services.AddSingleton<ISignInLookup, SignInClient>();
        services.AddSingleton<SignInDirectory>();
        services.AddSingleton<CallerAuthenticator>();
        return services;
    }
}
