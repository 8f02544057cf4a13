using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;

namespace Spp.Gateway.Routing;

/// <summary>
/// Holds the current compiled route table. The first compile throws (start-up fails naming the
/// setting); a later invalid reload is logged and the last good table stays in use, because
/// taking routes away from a running gateway over a typo would be worse.
/// </summary>
internal sealed partial class RouteTableProvider : IDisposable
{
    private readonly ILogger<RouteTableProvider> _logger;
    private readonly IDisposable? _subscription;
    private volatile RouteTable _current;

    public RouteTableProvider(IOptionsMonitor<ReverseProxyOptions> options, ILogger<RouteTableProvider> logger)
    {
        _logger = logger;
        _current = RouteTableCompiler.Compile(options.CurrentValue);
        _subscription = options.OnChange(Reload);
    }

    public RouteTable Current => _current;

    /// <summary>Why the last reload was rejected, or <see langword="null"/> when the configuration in force is the latest.</summary>
    public string? RejectedReload { get; private set; }

    public void Dispose() => _subscription?.Dispose();

    private void Reload(ReverseProxyOptions options)
    {
        try
        {
            _current = RouteTableCompiler.Compile(options);
            RejectedReload = null;
            LogReloaded(_logger, _current.Routes.Count, _current.Clusters.Count);
        }
        catch (Exception ex)
        {
            RejectedReload = ex.Message;
            LogRejected(_logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway routes reloaded: {RouteCount} routes, {ClusterCount} clusters")]
    private static partial void LogReloaded(ILogger logger, int routeCount, int clusterCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gateway configuration reload rejected; the previous routes stay in force")]
    private static partial void LogRejected(ILogger logger, Exception exception);
}
