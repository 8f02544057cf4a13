namespace Spp.OpenApi.Tests.Support;

/// <summary>The three services and a gateway in front of them, as the distributed topology runs them.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"spp-openapi-{Guid.NewGuid():N}");
    private readonly List<ServiceHost> _services = [];

    internal PublicGateway Gateway { get; private set; } = null!;

    internal ServiceHost Improvement => _services.Single(s => s.Name == "improvement");

    internal IReadOnlyList<ServiceHost> Services => _services;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var key = ServiceHost.NewSigningKey();
        _services.Add(await ServiceHost.ImprovementAsync(_folder, key));
        _services.Add(await ServiceHost.ReportingAsync(_folder, key));
        _services.Add(await ServiceHost.NotificationsAsync(_folder, key));
        Gateway = await PublicGateway.StartAsync(key, _services.ToDictionary(s => s.Name, s => s.Address));
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
