using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Spp.Gateway.OpenApi;

/// <summary>Registers the merged public OpenAPI document.</summary>
internal static class PublicDocumentServiceCollectionExtensions
{
    public static IServiceCollection AddPublicApiDocument(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicDocumentOptions>().Bind(configuration.GetSection(PublicDocumentOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ServiceDocumentClient>();
        services.AddSingleton<ServiceDocumentCache>();
        return services;
    }
}
