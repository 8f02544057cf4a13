using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// A streamed upload's body in the API description: raw bytes under one of the allowed types.
/// Written by a transformer rather than <c>Accepts</c>, because <c>Accepts</c> also makes routing
/// refuse any other type with a bare 415 before the upload can answer with its own problem.
/// </summary>
internal static class UploadDescription
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Of(IEnumerable<string> contentTypes, string description)
    {
        var types = contentTypes.ToArray();
        return (operation, _, _) =>
        {
            var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }

            operation.RequestBody = new OpenApiRequestBody { Required = true, Description = description, Content = content };
            return Task.CompletedTask;
        };
    }
}
