using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Authorization.Support;

/// <summary>The improvement service over SQLite with one <see cref="AuthorizationWorld"/> built in it, shared by a test class.</summary>
public sealed class AuthorizationWorldFixture : IAsyncLifetime
{
    private readonly SqliteImprovementService _service = new();
    private AuthorizationWorld? _world;

    internal ImprovementHost Host => _service.Host;

    internal AuthorizationWorld World => _world ?? throw new InvalidOperationException("The world is not built.");

    public async ValueTask InitializeAsync()
    {
        await _service.InitializeAsync();
        _world = await AuthorizationWorld.BuildAsync(_service.Host);
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();
}
