using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;
using Spp.Tenancy;
using Spp.Tenancy.Resolution;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Tenancy;

/// <summary>Registers tenant resolution (path, then host name), the directory and the token issuer.</summary>
internal static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddInternalTokenIssuer(configuration);

        services.AddSingleton<ITenantResolutionStrategy, PathTenantStrategy>();
        services.AddSingleton<ITenantResolutionStrategy>(sp =>
            new HostTenantStrategy(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.BaseDomain));

        services.AddOptions<TenantDirectoryOptions>().Bind(configuration.GetSection(TenantDirectoryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TenantDirectoryOptions>, TenantDirectoryOptionsValidator>();
        services.AddSingleton<ITenantLookup, TenantDirectoryClient>();
        services.AddSingleton<TenantDirectory>();

        // A host may put its own store first (TryAdd); the gateway's default is the cached directory.
        services.TryAddSingleton<ITenantStore>(sp => sp.GetRequiredService<TenantDirectory>());
        services.AddSingleton<TenantGate>();
        return services;
    }
}
