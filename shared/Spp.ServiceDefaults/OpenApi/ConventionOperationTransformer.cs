using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>
/// Writes the API conventions into each operation: the problem responses it can answer (as
/// references to <see cref="ProblemResponses"/>), the <c>If-Match</c> and <c>Idempotency-Key</c>
/// headers its metadata declares, an operation id and a summary when the route names none.
/// </summary>
internal sealed class ConventionOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!signedIn)
        {
            // An anonymous route overrides the document's bearer requirement.
            operation.Security = [];
        }

        operation.OperationId ??= OperationIds.For(metadata.OfType<MethodInfo>().LastOrDefault(), context.Description.HttpMethod, context.Description.RelativePath);
        operation.Summary ??= OperationIds.Summary(operation.OperationId);
        AddHeaders(operation, metadata);
        AddProblemResponses(operation, context, RouteStatuses.Of(metadata, signedIn, operation.RequestBody is not null));
        return Task.CompletedTask;
    }

    private static void AddHeaders(OpenApiOperation operation, IList<object> metadata)
    {
        if (metadata.OfType<IfMatchRequired>().Any())
        {
            AddHeader(operation, "If-Match", required: true, "The ETag last read; the change applies only if the resource is still that version.");
        }

        if (metadata.OfType<IdempotencyKeyAccepted>().Any())
        {
            AddHeader(operation, "Idempotency-Key", required: false, "A key unique to this create; a retry with the same key returns the first result.");
        }
    }

    private static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        var existing = operation.Parameters.OfType<OpenApiParameter>()
            .FirstOrDefault(p => p.In == ParameterLocation.Header && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            existing.Required |= required;
            existing.Description ??= description;
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void AddProblemResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, IEnumerable<int> statuses)
    {
        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            if (ProblemResponses.ByStatus.TryGetValue(status, out var problem))
            {
                // Replaces what the generator inferred (a bare 404, a 400 of its own schema) with the convention's answer.
                operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponseReference(problem.Name, context.Document);
            }
        }

        var sorted = new OpenApiResponses();
        foreach (var (status, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted[status] = response;
        }

        operation.Responses = sorted;
    }
}
