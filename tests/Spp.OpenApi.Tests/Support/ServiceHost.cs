using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Improvement;
using Spp.Notifications;
using Spp.Reporting;
using Spp.ServiceDefaults;

namespace Spp.OpenApi.Tests.Support;

/// <summary>A service composed as its Program composes it, on SQLite and the in-memory bus, on a loopback port.</summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    private ServiceHost(string name, WebApplication app, Uri address)
    {
        Name = name;
        App = app;
        Address = address;
    }

    public string Name { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static Task<ServiceHost> ImprovementAsync(string folder, string signingKey) =>
        StartAsync(ImprovementExtensions.ServiceName, "Improvement", folder, signingKey, b => b.AddImprovementService(), a => a.MapImprovementEndpoints());

    public static Task<ServiceHost> ReportingAsync(string folder, string signingKey, int? port = null) =>
        StartAsync(ReportingExtensions.ServiceName, "Reporting", folder, signingKey, b => b.AddReportingService(), a => a.MapReportingEndpoints(), port);

    public static Task<ServiceHost> NotificationsAsync(string folder, string signingKey) =>
        StartAsync(NotificationsExtensions.ServiceName, "Notifications", folder, signingKey, b => b.AddNotificationsService(), a => a.MapNotificationsEndpoints());

    /// <summary>A loopback port nothing listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static async Task<ServiceHost> StartAsync(
        string name,
        string database,
        string folder,
        string signingKey,
        Action<IHostApplicationBuilder> addService,
        Action<WebApplication> mapEndpoints,
        int? port = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port ?? 0}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{database}"] = $"Data Source={Path.Combine(folder, name + ".db")}",
            ["InternalToken:SigningKey"] = signingKey,
            ["Messaging:Transport"] = "InMemory",
        });
        builder.AddServiceDefaults(name);
        builder.Logging.ClearProviders();
        addService(builder);
        var app = builder.Build();
        app.UseServicePipeline();
        mapEndpoints(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServiceHost(name, app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
