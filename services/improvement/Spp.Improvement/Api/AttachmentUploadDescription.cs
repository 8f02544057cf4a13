using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Spp.Improvement.Attachments;

namespace Spp.Improvement.Api;

/// <summary>
/// The attachment upload's body in the API description: the file's own bytes, under one of the
/// allowed types. Written by a transformer rather than <c>Accepts</c>, because <c>Accepts</c> also
/// makes routing refuse any other type with a bare 415 before the upload can answer its problem.
/// </summary>
internal static class AttachmentUploadDescription
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        foreach (var type in AttachmentFileTypes.Allowed)
        {
            content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The file's bytes, with its type as Content-Type and its name in Content-Disposition.",
            Content = content,
        };
        return Task.CompletedTask;
    }
}
