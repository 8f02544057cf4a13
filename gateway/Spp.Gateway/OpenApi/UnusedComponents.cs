using System.Text.Json.Nodes;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// Removes components nothing refers to any more: a service's document describes routes the gateway
/// does not publish, and what only those routes used must not linger in the public document.
/// Security schemes stay: requirements name them, not refer to them.
/// </summary>
internal static class UnusedComponents
{
    public static void Remove(JsonObject document)
    {
        if (document["components"] is not JsonObject components)
        {
            return;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode?>(document.Where(p => p.Key != "components").Select(p => p.Value));
        while (pending.Count > 0)
        {
            foreach (var reference in References(pending.Pop()))
            {
                if (reachable.Add(reference) && Resolve(components, reference) is { } target)
                {
                    pending.Push(target);
                }
            }
        }

        foreach (var (section, entries) in components.ToList())
        {
            if (section == "securitySchemes" || entries is not JsonObject named)
            {
                continue;
            }

            foreach (var name in named.Select(e => e.Key).ToList().Where(n => !reachable.Contains($"#/components/{section}/{n}")))
            {
                named.Remove(name);
            }

            if (named.Count == 0)
            {
                components.Remove(section);
            }
        }
    }

    private static JsonNode? Resolve(JsonObject components, string reference)
    {
        var parts = reference.Split('/');
        return parts is ["#", "components", var section, var name] ? components[section]?[name] : null;
    }

    private static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key == "$ref" && child is JsonValue value && value.TryGetValue<string>(out var reference))
                    {
                        yield return reference;
                    }
                    else
                    {
                        foreach (var inner in References(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(References))
                {
                    yield return inner;
                }

                break;
        }
    }
}
