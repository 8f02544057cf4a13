namespace Spp.ServiceDefaults.Telemetry;

/// <summary>
/// The activity sources and meters a process listens to. Components add theirs before the
/// providers are built (there is no OpenTelemetry.Extensions.Hosting here to collect them).
/// </summary>
public sealed class TelemetrySources
{
    internal HashSet<string> ActivitySources { get; } = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit"];

    internal HashSet<string> Meters { get; } = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "MassTransit"];

    /// <summary>Listens to an activity source and a meter of the same name.</summary>
    public TelemetrySources Add(string name)
    {
        ActivitySources.Add(name);
        Meters.Add(name);
        return this;
    }
}
