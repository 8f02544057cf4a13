using System.Text.Json.Nodes;

namespace Spp.OpenApi.Tests.Support;

/// <summary>Reading operations out of an OpenAPI document.</summary>
internal static class Operations
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>Every operation: its path, method and object.</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> All(JsonObject document) =>
        from path in (document["paths"] as JsonObject ?? [])
        from method in Methods
        where path.Value?[method] is JsonObject
        select (path.Key, method, path.Value![method]!.AsObject());

    /// <summary>The statuses an operation documents.</summary>
    public static IReadOnlySet<int> Statuses(JsonObject operation) =>
        (operation["responses"] as JsonObject ?? []).Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>The operation's header parameter <paramref name="name"/>, if any.</summary>
    public static JsonObject? Header(JsonObject operation, string name) =>
        (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(p => p["in"]?.GetValue<string>() == "header" && string.Equals(p["name"]?.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase));
}
