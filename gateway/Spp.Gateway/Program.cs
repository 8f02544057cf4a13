using Spp.Gateway.DevelopmentIssuer;
using Spp.ServiceDefaults;

namespace Spp.Gateway;

/// <summary>The gateway process. All wiring lives in <see cref="GatewayExtensions"/> so the all-in-one host composes the same gateway.</summary>
public static class Program
{
    /// <summary>Runs the gateway; <c>--dev-sign-in</c> turns on the development issuer (never in Production).</summary>
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(DevelopmentSignIn.WithoutFlag(args, out var devSignIn));
        DevelopmentSignIn.Apply(builder.Configuration, devSignIn);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            // The public port of the distributed topology, unless ASPNETCORE_URLS or --urls says otherwise.
            builder.WebHost.UseUrls("http://0.0.0.0:8080");
        }

        builder.AddServiceDefaults("gateway");
        builder.AddGateway();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.UseGateway();
        app.Run();
    }
}
