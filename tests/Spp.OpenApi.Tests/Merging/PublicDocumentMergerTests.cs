using System.Text.Json.Nodes;
using Spp.Gateway.Configuration;
using Spp.Gateway.OpenApi;
using static Spp.OpenApi.Tests.Merging.Documents;

namespace Spp.OpenApi.Tests.Merging;

public sealed class PublicDocumentMergerTests
{
    [Fact]
    public void Tenant_paths_are_published_under_the_tenant_server_with_the_tenant_as_a_variable()
    {
        var merged = Merge(DefaultRoutes(), new PublicServers("https://spp.test", "spp.test", "demo"),
            Service("improvement", new Dictionary<string, string> { ["/api/v1/schools"] = "School" }));

        var servers = merged["paths"]!["/api/v1/schools"]!["servers"]!.AsArray();
        Assert.Equal(["https://spp.test/t/{tenant}", "https://{tenant}.spp.test"], servers.Select(s => s!["url"]!.GetValue<string>()));
        Assert.All(servers, s => Assert.Equal("demo", s!["variables"]!["tenant"]!["default"]!.GetValue<string>()));
        Assert.Equal("https://spp.test", merged["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Without_a_base_domain_tenants_are_named_by_path_only()
    {
        var merged = Merge(DefaultRoutes(), null, Service("improvement", new Dictionary<string, string> { ["/api/v1/schools"] = "School" }));

        Assert.Single(merged["paths"]!["/api/v1/schools"]!["servers"]!.AsArray());
    }

    [Fact]
    public void Platform_paths_are_published_outside_any_tenant_only()
    {
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/api/v1/platform/tenants"] = "Tenant", ["/api/v1/me/next"] = "Task" }));

        Assert.Null(merged["paths"]!["/api/v1/platform/tenants"]!["servers"]);
        Assert.Null(merged["paths"]!["/api/v1/me/next"]!["servers"]);
    }

    [Fact]
    public void Paths_no_public_route_reaches_are_left_out_with_the_components_only_they_used()
    {
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/internal/tenants"] = "DirectoryEntry", ["/api/v1/schools"] = "School" }),
            Service("reporting", new Dictionary<string, string> { ["/api/v1/reports/orphan"] = "Orphan", ["/api/v1/platform/reports/tenants"] = "TenantSummary" }));

        Assert.Equal(["/api/v1/platform/reports/tenants", "/api/v1/schools"], merged["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["School", "TenantSummary"], merged["components"]!["schemas"]!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_path_routed_to_another_cluster_is_credited_to_that_cluster_only()
    {
        // The all-in-one: every cluster's document describes every service.
        var everything = new Dictionary<string, string> { ["/api/v1/schools"] = "School", ["/api/v1/platform/reports/tenants"] = "TenantSummary" };
        var merged = Merge(DefaultRoutes(), null, Service("improvement", everything), Service("reporting", everything));

        Assert.Null(merged["paths"]!["/api/v1/platform/reports/tenants"]!["servers"]);
        Assert.NotNull(merged["paths"]!["/api/v1/schools"]!["servers"]);
        Assert.Equal(2, Support.Operations.All(merged).Count());
    }

    [Fact]
    public void A_component_another_service_defines_differently_is_prefixed_and_its_references_follow()
    {
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/api/v1/platform/tenants"] = "Tenant" }, new JsonObject { ["Tenant"] = Object("id", "slug") }),
            Service("reporting", new Dictionary<string, string> { ["/api/v1/platform/reports/tenants"] = "Tenant" }, new JsonObject { ["Tenant"] = Object("id", "cycles") }));

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(Object("id", "slug"), schemas["Tenant"]));
        Assert.True(JsonNode.DeepEquals(Object("id", "cycles"), schemas["ReportingTenant"]));
        Assert.Equal("#/components/schemas/ReportingTenant", SchemaRef(merged, "/api/v1/platform/reports/tenants"));
        Assert.Equal("#/components/schemas/Tenant", SchemaRef(merged, "/api/v1/platform/tenants"));
    }

    [Fact]
    public void A_component_that_refers_to_a_renamed_one_is_renamed_too()
    {
        var improvement = new JsonObject { ["Page"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Item") }, ["Item"] = Object("urn") };
        var reporting = new JsonObject { ["Page"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Item") }, ["Item"] = Object("count") };
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/api/v1/platform/schools"] = "Page" }, improvement),
            Service("reporting", new Dictionary<string, string> { ["/api/v1/platform/reports/schools"] = "Page" }, reporting));

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal("#/components/schemas/ReportingItem", schemas["ReportingPage"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Item", schemas["Page"]!["items"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Identical_components_of_two_services_are_kept_once()
    {
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/api/v1/platform/tenants"] = "ProblemDetails" }),
            Service("reporting", new Dictionary<string, string> { ["/api/v1/platform/reports/tenants"] = "ProblemDetails" }));

        Assert.Equal(["ProblemDetails"], merged["components"]!["schemas"]!.AsObject().Select(s => s.Key));
    }

    [Fact]
    public void An_operation_id_another_service_already_uses_is_prefixed_with_the_service()
    {
        var merged = Merge(DefaultRoutes(), null,
            Service("improvement", new Dictionary<string, string> { ["/api/v1/platform/tenants"] = "Tenants" }),
            Service("reporting", new Dictionary<string, string> { ["/api/v1/platform/reports/tenants"] = "Tenants" }));

        Assert.Equal("GetTenants", merged["paths"]!["/api/v1/platform/tenants"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("ReportingGetTenants", merged["paths"]!["/api/v1/platform/reports/tenants"]!["get"]!["operationId"]!.GetValue<string>());
    }

    [Fact]
    public void A_route_that_rewrites_to_a_prefix_publishes_the_path_callers_use()
    {
        var routes = DefaultRoutes() with
        {
            Routes = new Dictionary<string, RouteConfig>(DefaultRoutes().Routes)
            {
                ["notifications-api"] = Route("notifications", "/api/v1/me/notifications/{**rest}", downstreamPrefix: "/api/v1/inbox"),
            },
            Clusters = new Dictionary<string, ClusterConfig>(DefaultRoutes().Clusters) { ["notifications"] = Cluster("http://127.0.0.1:8082/") },
        };

        var merged = Merge(routes, null, Service("notifications", new Dictionary<string, string> { ["/api/v1/inbox/unread"] = "Unread" }));

        Assert.Equal(["/api/v1/me/notifications/unread"], merged["paths"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Only_tags_that_published_operations_use_are_listed_with_their_descriptions()
    {
        var merged = Merge(DefaultRoutes(), null, Service("improvement", new Dictionary<string, string> { ["/api/v1/schools"] = "School" }));

        var tag = Assert.Single(merged["tags"]!.AsArray());
        Assert.Equal("Things", tag!["name"]!.GetValue<string>());
        Assert.Equal("Things.", tag["description"]!.GetValue<string>());
    }

    private static string SchemaRef(JsonObject merged, string path) =>
        merged["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
}
