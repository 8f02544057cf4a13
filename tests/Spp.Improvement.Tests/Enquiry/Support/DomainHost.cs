using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Enquiry.Support;

/// <summary>
/// The improvement domain over a SQLite file with the in-memory bus, like <see cref="TenantGrainHost"/>,
/// but with its services open to tests: the outbox of any grain, and the service's other stores.
/// </summary>
public sealed class DomainHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("improvement-domain");
    private IHost? _host;

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The host is not started.")).Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The outbox rows grain <paramref name="grainType"/>/<paramref name="key"/> raised, in order, as (event type name, payload, tenant).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(string grainType, Guid key)
    {
        var log = await Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 10_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == grainType && Guid.TryParse(m.GrainKey, out var k) && k == key)
            .Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType, m.Entry.PayloadJson, m.Entry.TenantId))];
    }

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
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
