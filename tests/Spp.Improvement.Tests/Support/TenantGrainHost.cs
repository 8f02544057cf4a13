using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Tenants;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Support;

/// <summary>
/// The improvement domain (grain runtime and its grains) over a SQLite file, with the in-memory bus,
/// composed as the admin command composes it: grains are called through the grain factory.
/// </summary>
public sealed class TenantGrainHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("improvement-grains");
    private IHost? _host;

    private IHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public ITenantGrain Tenant(Guid id) => Grains.GetGrain<ITenantGrain>(id);

    public ITenantSlugGrain Slug(string slug) => Grains.GetGrain<ITenantSlugGrain>(slug);

    /// <summary>The outbox rows the tenant grain <paramref name="id"/> raised, in order, as (event type name, payload).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, long Sequence, Guid? TenantId)>> EventsOfAsync(Guid id)
    {
        var log = await Host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 10_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == "tenant" && Guid.TryParse(m.GrainKey, out var key) && key == id)
            .Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType, m.Entry.PayloadJson, m.Entry.Sequence, m.Entry.TenantId))];
    }

    public async ValueTask InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = _folder.Sqlite(),
            ["Messaging:Transport"] = "InMemory",
        });
        builder.Logging.ClearProviders();
        builder.AddImprovementDomain();
        builder.AddPlatformMessaging(ImprovementExtensions.AddImprovementConsumers);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        _folder.Dispose();
    }
}
