namespace Spp.Deploy.Tests.Chart;

public sealed class HelmProbes
{
    public HelmProbe? Liveness { get; init; }

    public HelmProbe? Readiness { get; init; }

    public HelmProbe? Startup { get; init; }
}
