using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>The OpenAPI 3.1 document of a service, served at <see cref="PlatformApiInfo.DocumentPath"/> for the gateway to merge.</summary>
public static class PlatformOpenApiExtensions
{
    /// <summary>Generates the document of every described route (internal routes are excluded from description).</summary>
    public static IHostApplicationBuilder AddPlatformOpenApi(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenApi(PlatformApiInfo.DocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            options.AddOperationTransformer<ConventionOperationTransformer>();
            options.AddDocumentTransformer(new PlatformDocumentTransformer(serviceName));
        });
        return builder;
    }

    /// <summary>
    /// Serves the document at <see cref="PlatformApiInfo.DocumentPath"/>, without a token: it
    /// describes the public API, and only the gateway (which publishes it anyway) can reach a service.
    /// </summary>
    public static IEndpointConventionBuilder MapPlatformOpenApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapOpenApi(PlatformApiInfo.DocumentPath).AllowAnonymous().ExcludeFromDescription();
    }
}
