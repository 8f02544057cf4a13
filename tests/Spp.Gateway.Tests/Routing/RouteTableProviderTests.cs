using Microsoft.Extensions.Logging.Abstractions;
using Spp.Gateway.Configuration;
using Spp.Gateway.Routing;
using Spp.Gateway.Tests.Support;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Tests.Routing;

public sealed class RouteTableProviderTests
{
    private static ReverseProxyOptions Options(string path, string? address = "http://127.0.0.1:8081/") => new()
    {
        Routes = new Dictionary<string, RouteConfig> { ["r"] = new() { ClusterId = "c", Match = new() { Path = path } } },
        Clusters = new Dictionary<string, ClusterConfig> { ["c"] = new() { Destinations = new Dictionary<string, DestinationConfig> { ["d1"] = new() { Address = address } } } },
    };

    [Fact]
    public void Valid_reload_applies_to_the_next_match()
    {
        var monitor = new TestOptionsMonitor<ReverseProxyOptions>(Options("/a/{**rest}"));
        using var provider = new RouteTableProvider(monitor, NullLogger<RouteTableProvider>.Instance);

        monitor.Set(Options("/b/{**rest}"));

        Assert.Null(provider.Current.Match("/a/x", namesTenant: false));
        Assert.NotNull(provider.Current.Match("/b/x", namesTenant: false));
        Assert.Null(provider.RejectedReload);
    }

    [Fact]
    public void Invalid_reload_is_rejected_and_the_last_good_routes_stay()
    {
        var monitor = new TestOptionsMonitor<ReverseProxyOptions>(Options("/a/{**rest}"));
        using var provider = new RouteTableProvider(monitor, NullLogger<RouteTableProvider>.Instance);

        monitor.Set(Options("/b/{**rest}", address: "not a uri"));

        Assert.NotNull(provider.Current.Match("/a/x", namesTenant: false));
        Assert.Contains("ReverseProxy:Clusters:c:Destinations:d1:Address", provider.RejectedReload, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_configuration_at_start_throws_naming_the_setting() =>
        Assert.Contains(
            "ReverseProxy:Routes:r:Match:Path",
            Assert.Throws<InvalidConfigurationException>(() => new RouteTableProvider(new TestOptionsMonitor<ReverseProxyOptions>(Options("no-slash")), NullLogger<RouteTableProvider>.Instance)).Message,
            StringComparison.Ordinal);
}
