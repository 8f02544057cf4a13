using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Spp.Gateway.Tests.Support;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Tests.Functional;

/// <summary>Readiness and start-up checks of the gateway.</summary>
public sealed class HealthAndStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ReadyAsync(GatewayHost gateway, HttpStatusCode expected)
    {
        using var response = await gateway.Client.GetAsync("health/ready", Ct);
        Assert.Equal(expected, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.GetProperty("checks").Clone();
    }

    [Fact]
    public async Task Ready_when_routes_are_loaded_and_the_tenant_store_answers()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        var checks = await ReadyAsync(gateway, HttpStatusCode.OK);

        Assert.Equal("Healthy", checks.GetProperty("gateway-config").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("tenant-store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Not_ready_while_the_tenant_store_does_not_answer()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = ClosedPort.Address().ToString();
        await using var gateway = await GatewayHost.StartAsync(settings);

        var checks = await ReadyAsync(gateway, HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", checks.GetProperty("tenant-store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_fails_naming_the_signing_key_setting_when_it_is_missing()
    {
        var settings = GatewayHost.SettingsFor();
        settings["InternalToken:SigningKey"] = null;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayHost.StartAsync(settings));

        Assert.Contains("InternalToken:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_the_setting_when_a_route_is_invalid()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Routes:tenant-api:ClusterId"] = "nowhere";

        var error = await Assert.ThrowsAsync<InvalidConfigurationException>(() => GatewayHost.StartAsync(settings));

        Assert.Contains("'ReverseProxy:Routes:tenant-api:ClusterId'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_the_setting_when_an_issuer_has_no_key()
    {
        var settings = GatewayHost.SettingsFor();
        settings["Gateway:Authentication:Issuers:corp:Issuer"] = "https://id.test";
        settings["Gateway:Authentication:Issuers:corp:Audience"] = "spp";

        var error = await Assert.ThrowsAsync<InvalidConfigurationException>(() => GatewayHost.StartAsync(settings));

        Assert.Contains("Gateway:Authentication:Issuers:corp:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_when_the_cache_duration_exceeds_60_seconds()
    {
        var settings = GatewayHost.SettingsFor();
        settings["Gateway:TenantDirectory:CacheDuration"] = "00:02:00";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayHost.StartAsync(settings));

        Assert.Contains("Gateway:TenantDirectory:CacheDuration", error.Message, StringComparison.Ordinal);
    }
}
