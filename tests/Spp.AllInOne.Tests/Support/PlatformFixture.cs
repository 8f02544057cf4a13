using System.Security.Cryptography;

namespace Spp.AllInOne.Tests.Support;

/// <summary>
/// One all-in-one process for a test class, started without <c>--demo</c>. Its internal-token key
/// is known to the tests (<see cref="InternalTokenKey"/>), so they can forge tokens signed with it.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private AllInOneProcess? _platform;

    public string InternalTokenKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string DataDirectory => _data.Path;

    internal AllInOneProcess Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    public async ValueTask InitializeAsync() =>
        _platform = await AllInOneProcess.StartAsync(_data.Path, settings: new Dictionary<string, string?> { ["InternalToken__SigningKey"] = InternalTokenKey });

    public async ValueTask DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }

        _data.Dispose();
    }
}
