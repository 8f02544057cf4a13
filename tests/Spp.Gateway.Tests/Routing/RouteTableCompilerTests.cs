using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Spp.Gateway.Configuration;
using Spp.Gateway.Routing;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Tests.Routing;

public sealed class RouteTableCompilerTests
{
    private static readonly Dictionary<string, ClusterConfig> OneCluster = new()
    {
        ["improvement"] = new ClusterConfig { Destinations = new Dictionary<string, DestinationConfig> { ["d1"] = new() { Address = "http://127.0.0.1:8081/" } } },
    };

    private static RouteConfig Route(string path, RouteTenancy tenant = RouteTenancy.None, string cluster = "improvement", string? prefix = null, int order = 0) =>
        new() { ClusterId = cluster, Match = new RouteMatchConfig { Path = path, Tenant = tenant }, DownstreamPathPrefix = prefix, Order = order };

    private static RouteTable Compile(Dictionary<string, RouteConfig> routes, Dictionary<string, ClusterConfig>? clusters = null) =>
        RouteTableCompiler.Compile(new ReverseProxyOptions { Routes = routes, Clusters = clusters ?? OneCluster });

    [Fact]
    public void Most_specific_path_wins_whatever_the_configuration_order()
    {
        var table = Compile(new()
        {
            ["catch-all"] = Route("/api/v1/{**rest}"),
            ["platform"] = Route("/api/v1/platform/{**rest}"),
        });

        Assert.Equal("platform", table.Match("/api/v1/platform/tenants", namesTenant: false)?.Route.Id);
        Assert.Equal("catch-all", table.Match("/api/v1/schools", namesTenant: false)?.Route.Id);
    }

    [Fact]
    public void Order_overrides_specificity()
    {
        var table = Compile(new()
        {
            ["catch-all"] = Route("/api/v1/{**rest}", order: -1),
            ["platform"] = Route("/api/v1/platform/{**rest}"),
        });

        Assert.Equal("catch-all", table.Match("/api/v1/platform/tenants", namesTenant: false)?.Route.Id);
    }

    [Fact]
    public void Tenant_routes_match_only_requests_that_name_a_tenant_and_others_only_those_that_do_not()
    {
        var table = Compile(new()
        {
            ["tenant-api"] = Route("/api/v1/{**rest}", RouteTenancy.Required),
            ["platform"] = Route("/api/v1/platform/{**rest}"),
        });

        Assert.Equal("tenant-api", table.Match("/api/v1/platform/x", namesTenant: true)?.Route.Id);
        Assert.Equal("platform", table.Match("/api/v1/platform/x", namesTenant: false)?.Route.Id);
        Assert.Null(table.Match("/api/v1/schools", namesTenant: false));
    }

    [Theory]
    [InlineData(null, "/api/v1/reports/r1/rows", "/api/v1/reports/r1/rows")]
    [InlineData("/api/v1", "/api/v1/reports/r1/rows", "/api/v1/r1/rows")]
    [InlineData("/api/v1", "/api/v1/reports", "/api/v1")]
    public void Downstream_path_is_the_relative_path_or_the_prefix_and_the_catch_all(string? prefix, string path, string downstream)
    {
        var table = Compile(new() { ["reports"] = Route("/api/v1/reports/{**rest}", prefix: prefix) });

        Assert.Equal(new PathString(downstream), table.Match(path, namesTenant: false)?.DownstreamPath);
    }

    [Fact]
    public void Every_problem_is_reported_naming_its_setting()
    {
        var clusters = new Dictionary<string, ClusterConfig>
        {
            ["empty"] = new(),
            ["bad"] = new() { Destinations = new Dictionary<string, DestinationConfig> { ["d1"] = new() { Address = "ftp://x/" } } },
            ["mixed"] = new()
            {
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    ["a"] = new() { Address = "inproc://improvement" },
                    ["b"] = new() { Address = "http://127.0.0.1:1/" },
                },
            },
        };
        var routes = new Dictionary<string, RouteConfig>
        {
            ["no-cluster"] = Route("/a/{**rest}", cluster: "missing"),
            ["no-path"] = new() { ClusterId = "mixed" },
            ["bad-prefix"] = Route("/b/{id}", cluster: "mixed", prefix: "/api/"),
        };

        var error = Assert.Throws<InvalidConfigurationException>(() => Compile(routes, clusters)).Message;

        Assert.Contains("'ReverseProxy:Clusters:empty:Destinations'", error, StringComparison.Ordinal);
        Assert.Contains("'ReverseProxy:Clusters:bad:Destinations:d1:Address'", error, StringComparison.Ordinal);
        Assert.Contains("mixes inproc://", error, StringComparison.Ordinal);
        Assert.Contains("'ReverseProxy:Routes:no-cluster:ClusterId'", error, StringComparison.Ordinal);
        Assert.Contains("'ReverseProxy:Routes:no-path:Match:Path'", error, StringComparison.Ordinal);
        Assert.Contains("'ReverseProxy:Routes:bad-prefix:DownstreamPathPrefix'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void A_body_limit_that_is_not_a_positive_number_of_bytes_is_an_error(long limit)
    {
        var routes = new Dictionary<string, RouteConfig> { ["uploads"] = Route("/uploads") with { MaxRequestBodySize = limit } };

        var error = Assert.Throws<InvalidConfigurationException>(() => Compile(routes)).Message;

        Assert.Contains("'ReverseProxy:Routes:uploads:MaxRequestBodySize'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_without_a_body_limit_take_one_megabyte() =>
        Assert.Equal(1024 * 1024, Compile(new() { ["r"] = Route("/a") }).Routes.Single().MaxRequestBodySize);

    [Fact]
    public void The_default_settings_give_imports_200_MB_attachments_30_MB_and_every_other_route_1_MB()
    {
        var configuration = new ConfigurationBuilder();
        GatewayDefaults.AddTo(configuration);
        var options = configuration.Build().GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>()!;

        var table = RouteTableCompiler.Compile(options);

        var limits = table.Routes.ToDictionary(r => r.Id, r => r.MaxRequestBodySize);
        Assert.Equal(200L * 1024 * 1024, limits["platform-school-imports"]);
        Assert.Equal(30L * 1024 * 1024, limits["evidence-attachments"]);
        Assert.All(limits.Where(l => l.Key is not "platform-school-imports" and not "evidence-attachments"), l => Assert.Equal(1024 * 1024, l.Value));
        Assert.Equal("platform-school-imports", table.Match("/api/v1/platform/school-imports", namesTenant: false)?.Route.Id);
        Assert.Equal("evidence-attachments", table.Match("/api/v1/cycles/c1/evidence/e1/attachments", namesTenant: true)?.Route.Id);
        Assert.Equal("tenant-api", table.Match("/api/v1/cycles/c1/evidence/e1/attachments/a1", namesTenant: true)?.Route.Id);
    }

    [Fact]
    public void No_routes_at_all_is_an_error() =>
        Assert.Contains("'ReverseProxy:Routes'", Assert.Throws<InvalidConfigurationException>(() => Compile([])).Message, StringComparison.Ordinal);
}
