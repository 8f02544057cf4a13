using Spp.Deploy.Tests.Chart;

namespace Spp.Deploy.Tests.Hosts;

/// <summary>
/// The hosts of every service in values.yaml, all started together the first time one is asked
/// for (so they start side by side, and not at all when no test needs them), stopped at the end.
/// </summary>
public sealed class ChartServiceHosts : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Dictionary<string, ServiceHost>? _hosts;

    internal ServiceHost this[string service]
    {
        get
        {
            lock (_gate)
            {
                _hosts ??= HelmValues.Load("values.yaml").Services.Keys.ToDictionary(name => name, ServiceHost.Start);
                return _hosts[service];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_hosts is not null)
        {
            await Task.WhenAll(_hosts.Values.Select(host => host.DisposeAsync().AsTask()));
        }
    }
}
