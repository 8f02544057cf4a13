using Microsoft.OpenApi;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Lists the tags the operations use, with the descriptions routes gave them.</summary>
internal static class DocumentTags
{
    public static void Describe(OpenApiDocument document, IEnumerable<object> endpointMetadata)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in endpointMetadata.OfType<ApiTagDescription>())
        {
            descriptions.TryAdd(tag.Name, tag.Description);
        }

        var used = document.Paths.Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Tags ?? Enumerable.Empty<OpenApiTagReference>())
            .Select(t => t.Name)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
        {
            Name = name,
            Description = descriptions.GetValueOrDefault(name),
        }));
    }
}
