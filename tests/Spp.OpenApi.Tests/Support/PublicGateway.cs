using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.Gateway;
using Spp.ServiceDefaults;

namespace Spp.OpenApi.Tests.Support;

/// <summary>The gateway composed as its Program composes it, its clusters pointing at the given addresses.</summary>
internal sealed class PublicGateway : IAsyncDisposable
{
    private PublicGateway(WebApplication app, Uri address)
    {
        App = app;
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<PublicGateway> StartAsync(string signingKey, IReadOnlyDictionary<string, Uri> clusters, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var configuration = new Dictionary<string, string?>
        {
            ["InternalToken:SigningKey"] = signingKey,
            ["Messaging:Transport"] = "InMemory",
        };
        foreach (var (cluster, destination) in clusters)
        {
            configuration[$"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address"] = destination.ToString();
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddServiceDefaults("gateway");
        builder.Logging.ClearProviders();
        builder.AddGateway();
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.UseGateway();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PublicGateway(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>GET /openapi/v1.json, with no token.</summary>
    public Task<HttpResponseMessage> GetDocumentAsync() => Client.GetAsync("openapi/v1.json", TestContext.Current.CancellationToken);

    /// <summary>The merged document; fails the test unless it is served.</summary>
    public async Task<JsonObject> DocumentAsync()
    {
        using var response = await GetDocumentAsync();
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
