using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>
/// Completes a service's document: info, the bearer scheme required by default, the problem
/// responses and schemas the operations refer to, described tags, paths without a trailing slash
/// and operation ids unique within the document.
/// </summary>
internal sealed class PlatformDocumentTransformer(string serviceName) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = $"{PlatformApiInfo.Title} ({serviceName})",
            Version = PlatformApiInfo.Version,
            Description = PlatformApiInfo.Description,
            License = new OpenApiLicense { Name = PlatformApiInfo.LicenseName, Url = new Uri(PlatformApiInfo.LicenseUrl) },
            Contact = new OpenApiContact { Name = PlatformApiInfo.ContactName, Url = new Uri(PlatformApiInfo.ContactUrl) },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PlatformApiInfo.SecuritySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from a trusted identity provider (or the development issuer, where enabled).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PlatformApiInfo.SecuritySchemeName, document)] = [] }];
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        ProblemComponents.AddTo(document);
        DocumentTags.Describe(document, context.DescriptionGroups.SelectMany(g => g.Items).SelectMany(d => d.ActionDescriptor.EndpointMetadata));
        DocumentPaths.DropTrailingSlashes(document);
        DocumentPaths.MakeOperationIdsUnique(document);
        return Task.CompletedTask;
    }
}
