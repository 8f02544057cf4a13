using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.People;
using Spp.Improvement.Tests.Support;
using Spp.Messaging;

namespace Spp.Improvement.Tests.People.Support;

/// <summary>The improvement domain over SQLite with a clock the tests move, for people, invitations and hosts.</summary>
public sealed class PeopleGrainHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new("improvement-people");
    private IHost? _host;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    private IHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public SignInResolver SignIn => Host.Services.GetRequiredService<SignInResolver>();

    public IPersonGrain Person(Guid id) => Grains.GetGrain<IPersonGrain>(id);

    /// <summary>Signs a new identity in, with <paramref name="email"/> when given.</summary>
    public Task<SignInResolution> SignInAsync(string? email, string? subject = null, string issuer = "https://id.example") =>
        SignIn.ResolveAsync(new SignInRequest(issuer, subject ?? Guid.NewGuid().ToString("N"), email, "Sam Example"));

    /// <summary>Every outbox row so far, as (event type name, grain type, grain key, payload).</summary>
    public async Task<IReadOnlyList<(string Type, string GrainType, string GrainKey, string Payload)>> OutboxAsync()
    {
        var log = await Host.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);
        return [.. log.Select(m => (Type.GetType(m.Entry.MessageType)?.Name ?? m.Entry.MessageType, m.GrainType, m.GrainKey, m.Entry.PayloadJson))];
    }

    /// <summary>The events of one grain, by type name.</summary>
    public async Task<IReadOnlyList<string>> EventsOfAsync(string grainType, Guid id) =>
        [.. (await OutboxAsync()).Where(e => e.GrainType == grainType && Guid.TryParse(e.GrainKey, out var key) && key == id).Select(e => e.Type)];

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
        builder.Services.AddSingleton<TimeProvider>(Clock);
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
