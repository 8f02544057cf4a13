using Microsoft.Extensions.DependencyInjection;
using Spp.Grains.TestHost;
using Spp.Grains.Tests.Runtime;

namespace Spp.Grains.Tests.Messaging;

/// <summary>A counter host in the test process (own DI container, grain directory and dispatcher); stopped on dispose.</summary>
internal sealed class InProcessHost(WebApplication app) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public IServiceProvider Services => App.Services;

    /// <summary>A grain host, with the projection too when <paramref name="projection"/> is given.</summary>
    public static async Task<InProcessHost> StartGrainsAsync(
        string grains, string? projection, Uri? rabbitMq, Action<WebApplicationBuilder>? configure = null, params string[] settings) =>
        new(await CounterHosts.StartAsync(grains, projection, rabbitMq?.ToString(), configure, settings));

    /// <summary>A host that only runs the projection consumer.</summary>
    public static async Task<InProcessHost> StartProjectionAsync(string projection, Uri rabbitMq, Action<WebApplicationBuilder>? configure = null)
    {
        var app = CounterHost.Build(
            ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:CounterProjection={projection}", $"--ConnectionStrings:RabbitMq={rabbitMq}", "--Logging:LogLevel:Default=Warning"],
            grains: false,
            projection: true,
            configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new InProcessHost(app);
    }

    public ICounterGrain Counter(string key) => App.Counter(key);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
