using Microsoft.OpenApi;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Path-level clean-ups of a generated document.</summary>
internal static class DocumentPaths
{
    /// <summary>
    /// <c>MapPost("/")</c> on a group gives <c>/api/v1/x/</c>; routing treats it as <c>/api/v1/x</c>,
    /// so the document names it that way and joins it with the other operations of that path.
    /// </summary>
    public static void DropTrailingSlashes(OpenApiDocument document)
    {
        foreach (var path in document.Paths.Keys.Where(p => p.Length > 1 && p.EndsWith('/')).ToList())
        {
            var item = document.Paths[path];
            document.Paths.Remove(path);
            var trimmed = path.TrimEnd('/');
            if (document.Paths.TryGetValue(trimmed, out var existing) && existing is OpenApiPathItem target && item.Operations is { } operations)
            {
                target.Operations ??= [];
                foreach (var (method, operation) in operations)
                {
                    target.Operations.TryAdd(method, operation);
                }
            }
            else
            {
                document.Paths[trimmed] = item;
            }
        }
    }

    /// <summary>Where two routes share an id (one handler mapped twice), each gets the id made of its method and path.</summary>
    public static void MakeOperationIdsUnique(OpenApiDocument document)
    {
        var operations = document.Paths
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value)))
            .ToList();
        foreach (var clash in operations.GroupBy(o => o.Operation.OperationId, StringComparer.Ordinal).Where(g => g.Key is not null && g.Count() > 1))
        {
            foreach (var (path, method, operation) in clash)
            {
                operation.OperationId = OperationIds.FromRoute(method.Method, path);
            }
        }
    }
}
