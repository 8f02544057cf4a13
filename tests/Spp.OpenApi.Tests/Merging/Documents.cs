using System.Text.Json.Nodes;
using Spp.Gateway.Configuration;
using Spp.Gateway.OpenApi;
using Spp.Gateway.Routing;

namespace Spp.OpenApi.Tests.Merging;

/// <summary>Small service documents and route tables for the merge tests.</summary>
internal static class Documents
{
    public static readonly PublicServers Servers = new("https://spp.test", null, "demo");

    /// <summary>The gateway's default routes: tenant catch-all, platform, hosts, me (improvement) and platform reports (reporting).</summary>
    public static ReverseProxyOptions DefaultRoutes() => new()
    {
        Routes = new Dictionary<string, RouteConfig>
        {
            ["tenant-api"] = Route("improvement", "/api/v1/{**rest}", RouteTenancy.Required),
            ["platform-api"] = Route("improvement", "/api/v1/platform/{**rest}"),
            ["me-api"] = Route("improvement", "/api/v1/me/{**rest}"),
            ["platform-reports-api"] = Route("reporting", "/api/v1/platform/reports/{**rest}"),
        },
        Clusters = new Dictionary<string, ClusterConfig>
        {
            ["improvement"] = Cluster("http://127.0.0.1:8081/"),
            ["reporting"] = Cluster("http://127.0.0.1:8083/"),
        },
    };

    public static RouteConfig Route(string cluster, string path, RouteTenancy tenancy = RouteTenancy.None, string? downstreamPrefix = null) =>
        new() { ClusterId = cluster, Match = new RouteMatchConfig { Path = path, Tenant = tenancy }, DownstreamPathPrefix = downstreamPrefix };

    public static ClusterConfig Cluster(string address) =>
        new() { Destinations = new Dictionary<string, DestinationConfig> { ["d1"] = new() { Address = address } } };

    public static JsonObject Merge(ReverseProxyOptions routes, PublicServers? servers = null, params ServiceDocument[] documents) =>
        PublicDocumentMerger.Merge(documents, RouteTableCompiler.Compile(routes), routes, servers ?? Servers);

    /// <summary>A document with one GET per path, each answering 200 with <c>#/components/schemas/{schema}</c>.</summary>
    public static ServiceDocument Service(string cluster, IReadOnlyDictionary<string, string> pathSchemas, JsonObject? schemas = null)
    {
        var paths = new JsonObject();
        foreach (var (path, schema) in pathSchemas)
        {
            paths[path] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = "Get" + schema,
                    ["summary"] = "Get " + schema,
                    ["tags"] = new JsonArray("Things"),
                    ["responses"] = new JsonObject
                    {
                        ["200"] = new JsonObject
                        {
                            ["description"] = "OK",
                            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref(schema) } },
                        },
                    },
                },
            };
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["tags"] = new JsonArray(new JsonObject { ["name"] = "Things", ["description"] = "Things." }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas ?? new JsonObject(pathSchemas.Values.Distinct().Select(s => KeyValuePair.Create(s, (JsonNode?)Object()))),
            },
        };
        return new ServiceDocument(cluster, document);
    }

    public static JsonObject Ref(string schema) => new() { ["$ref"] = "#/components/schemas/" + schema };

    public static JsonObject Object(params string[] properties) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p, (JsonNode?)new JsonObject { ["type"] = "string" }))),
    };
}
