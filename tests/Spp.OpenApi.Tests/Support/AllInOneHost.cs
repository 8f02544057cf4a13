using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.Gateway;
using Spp.Improvement;
using Spp.Messaging;
using Spp.Notifications;
using Spp.Reporting;
using Spp.ServiceDefaults;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.OpenApi.Tests.Support;

/// <summary>The gateway and every service in one process, composed as the all-in-one's Program composes them.</summary>
internal sealed class AllInOneHost : IAsyncDisposable
{
    private AllInOneHost(WebApplication app, Uri address)
    {
        App = app;
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<AllInOneHost> StartAsync(string folder)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = $"Data Source={Path.Combine(folder, "improvement.db")}",
            ["ConnectionStrings:Notifications"] = $"Data Source={Path.Combine(folder, "notifications.db")}",
            ["ConnectionStrings:Reporting"] = $"Data Source={Path.Combine(folder, "reporting.db")}",
            ["Messaging:Transport"] = "InMemory",
            ["InternalToken:SigningKey"] = ServiceHost.NewSigningKey(),
            ["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = "inproc://improvement",
            ["ReverseProxy:Clusters:reporting:Destinations:d1:Address"] = "inproc://reporting",
            ["ReverseProxy:Clusters:notifications:Destinations:d1:Address"] = "inproc://notifications",
        });
        builder.AddServiceDefaults("spp-platform");
        builder.Logging.ClearProviders();
        builder.AddGatewayServices();
        builder.AddImprovementServices();
        builder.AddNotificationsServices();
        builder.AddReportingServices();
        builder.AddPlatformMessaging(bus =>
        {
            GatewayExtensions.AddGatewayConsumers(bus);
            ImprovementExtensions.AddImprovementConsumers(bus);
            NotificationsExtensions.AddNotificationsConsumers(bus);
            ReportingExtensions.AddReportingConsumers(bus);
        });

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.UseGateway();
        app.UseRequestTelemetry();
        app.MapImprovementEndpoints();
        app.MapNotificationsEndpoints();
        app.MapReportingEndpoints();
        app.MapPlatformOpenApi();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AllInOneHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
