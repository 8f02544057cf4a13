using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Actions;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>The improvement domain over a SQLite file, composed as the admin command composes it, with the plan grains' outbox rows.</summary>
public sealed class ActionPlanGrainHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("action-plans");
    private IHost? _host;

    private IHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public IActionPlanGrain Plan(Guid cycleId) => Grains.GetGrain<IActionPlanGrain>(cycleId);

    /// <summary>The outbox rows of plan <paramref name="cycleId"/>, in order, as (event type name, payload, tenant).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(Guid cycleId)
    {
        var log = await Host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 10_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == "action-plan" && Guid.TryParse(m.GrainKey, out var key) && key == cycleId)
            .Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType, m.Entry.PayloadJson, m.Entry.TenantId))];
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
