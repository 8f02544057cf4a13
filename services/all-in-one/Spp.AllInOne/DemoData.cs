using Spp.Grains;
using Spp.Improvement.Tenants;

namespace Spp.AllInOne;

/// <summary>Seeds a demo tenant when the platform is started with <c>--demo</c> (never otherwise). Safe to run on every start.</summary>
internal sealed partial class DemoData(IGrainFactory grains, ILogger<DemoData> logger) : IHostedService
{
    /// <summary>Fixed, so that seeding again finds the same tenant.</summary>
    public static readonly Guid DemoTenantId = Guid.Parse("0193c6a0-0000-7000-8000-00000000de70");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenant = await grains.GetGrain<ITenantGrain>(DemoTenantId).Create("demo", "Demo Delivery Partner");
        LogSeeded(logger, tenant.Slug);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready: tenant '{Slug}' at /t/{Slug}/")]
    private static partial void LogSeeded(ILogger logger, string slug);
}
