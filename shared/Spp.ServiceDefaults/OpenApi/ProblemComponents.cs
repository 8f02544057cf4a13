using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>The problem schemas and responses of <see cref="ProblemResponses"/>, as document components.</summary>
internal static class ProblemComponents
{
    public static void AddTo(OpenApiDocument document)
    {
        var components = document.Components ??= new OpenApiComponents();
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Responses ??= new Dictionary<string, IOpenApiResponse>();

        // Set rather than kept: the generator may have written its own ProblemDetails, and every
        // service must describe problems identically for the gateway to merge them as one.
        components.Schemas[ProblemResponses.ProblemSchema] = Problem();
        components.Schemas[ProblemResponses.ValidationProblemSchema] = ValidationProblem(document);
        components.Schemas.Remove("HttpValidationProblemDetails");

        var used = UsedResponses(document);
        foreach (var response in ProblemResponses.ByStatus.Values.Where(r => used.Contains(r.Name)))
        {
            components.Responses[response.Name] = Response(response, document);
        }

        if (!used.Contains(ProblemResponses.ByStatus[400].Name))
        {
            components.Schemas.Remove(ProblemResponses.ValidationProblemSchema);
        }
    }

    private static HashSet<string> UsedResponses(OpenApiDocument document) =>
        [.. document.Paths.Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            .OfType<OpenApiResponseReference>()
            .Select(r => r.Reference.Id)
            .OfType<string>()];

    private static OpenApiResponse Response(ProblemResponse problem, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = problem.Description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemResponses.ContentType] = new() { Schema = new OpenApiSchemaReference(problem.Schema, document) },
            },
        };
        if (problem.Header is { } header)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                [header] = new OpenApiHeader
                {
                    Description = header == "ETag" ? "The resource's current ETag." : "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = header == "ETag" ? JsonSchemaType.String : JsonSchemaType.Integer },
                },
            };
        }

        return response;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. Extensions: 'rule' (422), 'from' (409), 'errors' (400).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem, e.g. https://spp-platform.org/problems/tenant-suspended."),
            ["title"] = Text("A short, human-readable summary of the kind of problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
            ["detail"] = Text("What happened in this case."),
            ["instance"] = Text("The request the problem is about."),
            ["rule"] = Text("The rule broken (422), in kebab-case."),
            ["from"] = Text("The stage the resource is in (409)."),
            ["traceId"] = Text("The trace of the request, for support."),
        },
        AdditionalPropertiesAllowed = true,
        Examples =
        [
            new JsonObject
            {
                ["type"] = "https://spp-platform.org/problems/precondition-required",
                ["title"] = "If-Match is required.",
                ["status"] = 428,
            },
        ],
    };

    private static OpenApiSchema ValidationProblem(OpenApiDocument document) => new()
    {
        Description = "A 400 problem with the errors of each invalid field.",
        AllOf =
        [
            new OpenApiSchemaReference(ProblemResponses.ProblemSchema, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["errors"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Description = "Messages per field name.",
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            },
        ],
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
