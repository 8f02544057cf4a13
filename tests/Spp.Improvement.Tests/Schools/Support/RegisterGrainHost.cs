using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.Schools.Support;

/// <summary>The improvement domain over a SQLite file, with access to the outbox so tests can see the events grains raised.</summary>
public sealed class RegisterGrainHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("school-register-grains");
    private IHost? _host;

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("The host is not started.")).Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The events raised by grain <paramref name="grainType"/>/<paramref name="grainKey"/>, in order, as (event type name, payload, tenant id).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, Guid? TenantId)>> EventsOfAsync(string grainType, string grainKey)
    {
        var log = await Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);
        return [.. log
            .Where(m => m.GrainType == grainType && m.GrainKey == grainKey)
            .Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType, m.Entry.PayloadJson, m.Entry.TenantId))];
    }

    /// <summary>Registers a new school with a URN no other test uses.</summary>
    public async Task<SchoolRegisterData> RegisterAsync(string name = "Hillside Primary School", string status = "Open")
    {
        var data = RegisterData.Of(RegisterData.NewUrn(), name, status);
        await Grains.GetGrain<ISchoolGrain>(data.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture)).Register(data);
        return data;
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
