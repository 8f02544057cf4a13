using Microsoft.Extensions.DependencyInjection;
using Spp.Grains.TestHost;

namespace Spp.Grains.Tests.Runtime;

/// <summary>Starts counter hosts (grain runtime, optionally the projection) in the test process, on their own sockets.</summary>
internal static class CounterHosts
{
    public static async Task<WebApplication> StartAsync(
        string grainDatabase,
        string? projectionDatabase = null,
        string? rabbitMq = null,
        Action<WebApplicationBuilder>? configure = null,
        params string[] settings)
    {
        var args = new List<string> { "--urls=http://127.0.0.1:0", $"--ConnectionStrings:Counter={grainDatabase}", "--Logging:LogLevel:Default=Warning" };
        if (projectionDatabase is not null)
        {
            args.Add($"--ConnectionStrings:CounterProjection={projectionDatabase}");
        }

        if (rabbitMq is not null)
        {
            args.Add($"--ConnectionStrings:RabbitMq={rabbitMq}");
        }
        else
        {
            args.Add("--Messaging:Transport=InMemory");
        }

        args.AddRange(settings.Select(s => "--" + s));
        var app = CounterHost.Build([.. args], grains: true, projection: projectionDatabase is not null, configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    public static ICounterGrain Counter(this WebApplication host, string key) =>
        host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>(key);
}
