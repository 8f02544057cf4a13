using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.ServiceDefaults;

namespace Spp.Gateway.Tests.Support;

/// <summary>
/// The gateway composed exactly as its Program does (service defaults, AddGateway, UseGateway) on a
/// real loopback socket, with test settings layered over its defaults.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private GatewayHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string SigningKey => App.Configuration["InternalToken:SigningKey"]!;

    /// <param name="settings">Settings over the gateway's defaults.</param>
    /// <param name="configure">Extra service registrations (e.g. in-process services).</param>
    /// <param name="mapEndpoints">Endpoints mapped in the same process, as the all-in-one maps its services.</param>
    /// <param name="environment">The host environment; default the process's (Production when unset).</param>
    public static async Task<GatewayHost> StartAsync(
        IDictionary<string, string?> settings,
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? mapEndpoints = null,
        string? environment = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults("gateway");
        builder.Logging.ClearProviders();
        builder.AddGateway();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        mapEndpoints?.Invoke(app);
        app.UseGateway();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Settings for a gateway whose improvement cluster is <paramref name="backends"/>.</summary>
    public static Dictionary<string, string?> SettingsFor(params FakeBackend[] backends)
    {
        var settings = new Dictionary<string, string?>
        {
            ["InternalToken:SigningKey"] = TestKeys.NewBase64Key(),
            ["Messaging:Transport"] = "InMemory",
            ["Gateway:BaseDomain"] = "spp.test",
        };
        for (var i = 0; i < backends.Length; i++)
        {
            settings[$"ReverseProxy:Clusters:improvement:Destinations:d{i + 1}:Address"] = backends[i].Address.ToString();
        }

        return settings;
    }

    /// <summary>Waits for readiness, which includes the bus: an event published before an endpoint is bound never reaches it.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await Client.GetAsync("health/ready", TestContext.Current.CancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
