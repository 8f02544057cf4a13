using System.Text.Json.Nodes;
using Spp.Gateway.Configuration;
using Spp.Gateway.Routing;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// Merges the services' documents into the public one: only the paths the gateway's routes publish,
/// at their public paths; tenant paths under the tenant servers; components kept apart by service
/// where their names clash; operation ids unique; nothing left that no path uses.
/// </summary>
internal static class PublicDocumentMerger
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static JsonObject Merge(IEnumerable<ServiceDocument> documents, RouteTable routes, ReverseProxyOptions settings, PublicServers servers)
    {
        var paths = new JsonObject();
        var components = new JsonObject();
        var tags = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        var publications = new List<(string ClusterId, string ServicePath, JsonObject Item, PublicPath Published)>();
        foreach (var service in documents.OrderBy(d => d.ClusterId, StringComparer.Ordinal))
        {
            var document = (JsonObject)service.Document.DeepClone();
            var incoming = document["components"] as JsonObject ?? [];
            var renames = ComponentRenames.For(components, incoming, Prefix(service.ClusterId));
            ComponentRenames.Rewrite(document, renames);
            AddComponents(components, incoming, renames);
            publications.AddRange(Publications(document, service.ClusterId, routes, settings));
            foreach (var tag in (document["tags"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (tag["name"]?.GetValue<string>() is { } name && !tags.ContainsKey(name))
                {
                    tags[name] = tag.DeepClone();
                }
            }
        }

        // A service path published outside any tenant (/api/v1/platform/..., /api/v1/me/...) is
        // documented there only, though the tenant catch-all route would also reach it. In the
        // all-in-one every cluster's document describes every service, so this also keeps one
        // service's paths from being credited to another cluster's tenant route.
        var outside = publications.Where(p => !p.Published.NamesTenant).Select(p => p.ServicePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (clusterId, _, item, published) in publications
            .Where(p => !p.Published.NamesTenant || !outside.Contains(p.ServicePath))
            .OrderBy(p => p.Published.NamesTenant))
        {
            AddPath(paths, item, published, clusterId, servers, operationIds);
        }

        var merged = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = Info(),
            ["servers"] = new JsonArray(new JsonObject { ["url"] = servers.Origin, ["description"] = "The platform's public origin." }),
            ["security"] = new JsonArray(new JsonObject { [PlatformApiInfo.SecuritySchemeName] = new JsonArray() }),
            ["tags"] = new JsonArray([.. tags.Values.Where(t => UsedTag(paths, t))]),
            ["paths"] = paths,
            ["components"] = components,
        };
        UnusedComponents.Remove(merged);
        return merged;
    }

    private static IEnumerable<(string ClusterId, string ServicePath, JsonObject Item, PublicPath Published)> Publications(
        JsonObject document, string clusterId, RouteTable routes, ReverseProxyOptions settings)
    {
        foreach (var (servicePath, node) in document["paths"] as JsonObject ?? [])
        {
            if (node is JsonObject item && PublicPaths.Find(routes, settings, clusterId, servicePath) is { } published)
            {
                yield return (clusterId, servicePath, item, published);
            }
        }
    }

    private static void AddPath(JsonObject paths, JsonObject item, PublicPath published, string clusterId, PublicServers servers, HashSet<string> operationIds)
    {
        var target = paths[published.Path] as JsonObject;
        if (target is null)
        {
            target = (JsonObject)item.DeepClone();
            foreach (var method in Methods)
            {
                target.Remove(method);
            }

            if (published.NamesTenant)
            {
                target["servers"] = TenantServers(servers);
            }

            paths[published.Path] = target;
        }

        foreach (var method in Methods.Where(m => item[m] is JsonObject && target[m] is null))
        {
            var operation = (JsonObject)item[method]!.DeepClone();
            operation["operationId"] = UniqueOperationId(operation["operationId"]?.GetValue<string>() ?? method + published.Path, clusterId, operationIds);
            target[method] = operation;
        }
    }

    private static string UniqueOperationId(string id, string clusterId, HashSet<string> taken)
    {
        var candidate = id;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = Prefix(clusterId) + id + (i > 2 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        return candidate;
    }

    private static void AddComponents(JsonObject merged, JsonObject incoming, Dictionary<string, string> renames)
    {
        foreach (var (section, node) in incoming)
        {
            if (node is not JsonObject entries)
            {
                continue;
            }

            var target = merged[section] as JsonObject ?? (JsonObject)(merged[section] = new JsonObject());
            foreach (var (name, definition) in entries)
            {
                var finalName = renames.TryGetValue($"#/components/{section}/{name}", out var renamed) ? ComponentRenames.NameOf(renamed) : name;
                if (target[finalName] is null)
                {
                    target[finalName] = definition?.DeepClone();
                }
            }
        }
    }

    private static JsonArray TenantServers(PublicServers servers)
    {
        var list = new JsonArray(Server($"{servers.Origin}/t/{{tenant}}", "A tenant, named by its slug in the path.", servers.TenantExample));
        if (!string.IsNullOrWhiteSpace(servers.BaseDomain))
        {
            var scheme = servers.Origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http" : "https";
            list.Add(Server($"{scheme}://{{tenant}}.{servers.BaseDomain}", "A tenant, named by its own host name.", servers.TenantExample));
        }

        return list;
    }

    private static JsonObject Server(string url, string description, string tenantExample) => new()
    {
        ["url"] = url,
        ["description"] = description,
        ["variables"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["default"] = tenantExample, ["description"] = "The tenant's slug." },
        },
    };

    private static JsonObject Info() => new()
    {
        ["title"] = PlatformApiInfo.Title,
        ["version"] = PlatformApiInfo.Version,
        ["description"] = PlatformApiInfo.Description,
        ["contact"] = new JsonObject { ["name"] = PlatformApiInfo.ContactName, ["url"] = PlatformApiInfo.ContactUrl },
        ["license"] = new JsonObject { ["name"] = PlatformApiInfo.LicenseName, ["url"] = PlatformApiInfo.LicenseUrl },
    };

    private static bool UsedTag(JsonObject paths, JsonNode? tag) =>
        tag?["name"]?.GetValue<string>() is { } name
        && paths.Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(item => Methods.Select(m => item[m]?["tags"]).OfType<JsonArray>())
            .Any(list => list.Any(t => t?.GetValue<string>() == name));

    private static string Prefix(string clusterId) =>
        string.Concat(clusterId.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
