using System.Text.Json.Nodes;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// Keeps components of different services apart: a service's component whose name is taken by a
/// different definition is renamed with the service's prefix (<c>ReportingTenantView</c>), and
/// every <c>$ref</c> of that service's document follows the rename. Identical definitions are shared.
/// </summary>
internal static class ComponentRenames
{
    private const string RefPrefix = "#/components/";

    /// <summary>The renames (old reference → new reference) that <paramref name="incoming"/>'s components need to join <paramref name="merged"/>'s.</summary>
    public static Dictionary<string, string> For(JsonObject merged, JsonObject incoming, string prefix)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            // Repeated because renaming one component changes the references inside others.
            changed = false;
            foreach (var (section, name, definition) in Entries(incoming))
            {
                var reference = RefPrefix + section + "/" + name;
                if (renames.ContainsKey(reference) || merged[section]?[name] is not { } existing)
                {
                    continue;
                }

                var candidate = definition.DeepClone();
                Rewrite(candidate, renames);
                if (!JsonNode.DeepEquals(candidate, existing))
                {
                    renames[reference] = RefPrefix + section + "/" + Unique(merged, section, prefix + name);
                    changed = true;
                }
            }
        }
        while (changed);

        return renames;
    }

    /// <summary>Rewrites every <c>$ref</c> under <paramref name="node"/> that <paramref name="renames"/> names.</summary>
    public static void Rewrite(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out var target) && renames.TryGetValue(target, out var renamed))
                {
                    obj["$ref"] = renamed;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child, renames);
                }

                break;
        }
    }

    /// <summary>The name a component reference points at, after the section.</summary>
    public static string NameOf(string reference) => reference[(reference.LastIndexOf('/') + 1)..];

    private static List<(string Section, string Name, JsonNode Definition)> Entries(JsonObject components) =>
        components
            .Where(s => s.Value is JsonObject)
            .SelectMany(s => ((JsonObject)s.Value!).Where(e => e.Value is not null).Select(e => (s.Key, e.Key, e.Value!)))
            .ToList();

    private static string Unique(JsonObject merged, string section, string name)
    {
        var candidate = name;
        for (var i = 2; merged[section]?[candidate] is not null; i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
