using System.Globalization;
using System.Text.Json.Nodes;

namespace Spp.Grains.Hosting.Audit;

/// <summary>
/// The fields that differ between two versions of a grain's state (JSON), walked down through
/// objects and arrays so an entry names the field that changed, not the whole record.
/// Values of redacted members are replaced by a marker.
/// </summary>
public static class AuditDiff
{
    /// <summary>What stands in for a redacted value.</summary>
    public const string RedactedMarker = "[redacted]";

    /// <summary>The changes from <paramref name="before"/> (null: nothing stored yet) to <paramref name="after"/>.</summary>
    public static IReadOnlyList<AuditChange> Compute(string? before, string after, IReadOnlySet<string> redacted)
    {
        ArgumentNullException.ThrowIfNull(redacted);
        var changes = new List<AuditChange>();
        Walk(string.Empty, before is null ? null : JsonNode.Parse(before), JsonNode.Parse(after), redacted, isRedacted: false, changes);
        return changes;
    }

    private static void Walk(string path, JsonNode? before, JsonNode? after, IReadOnlySet<string> redacted, bool isRedacted, List<AuditChange> changes)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        // A record or list that appears or disappears is walked against an empty one, so each of
        // its fields is its own entry, as it would be for a change.
        if (before is JsonObject or null && after is JsonObject or null && (before ?? after) is JsonObject)
        {
            var beforeObject = before as JsonObject ?? [];
            var afterObject = after as JsonObject ?? [];
            foreach (var name in beforeObject.Select(p => p.Key).Union(afterObject.Select(p => p.Key)))
            {
                Walk(Join(path, name), beforeObject[name], afterObject[name], redacted, isRedacted || redacted.Contains(name), changes);
            }

            return;
        }

        if (before is JsonArray or null && after is JsonArray or null && (before ?? after) is JsonArray)
        {
            var beforeArray = before as JsonArray ?? [];
            var afterArray = after as JsonArray ?? [];
            for (var i = 0; i < Math.Max(beforeArray.Count, afterArray.Count); i++)
            {
                Walk(
                    string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"),
                    i < beforeArray.Count ? beforeArray[i] : null,
                    i < afterArray.Count ? afterArray[i] : null,
                    redacted,
                    isRedacted,
                    changes);
            }

            return;
        }

        changes.Add(new AuditChange(path, Value(before, isRedacted), Value(after, isRedacted)));
    }

    private static JsonNode? Value(JsonNode? node, bool isRedacted) =>
        node is null ? null : isRedacted ? JsonValue.Create(RedactedMarker) : node.DeepClone();

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
