namespace Spp.Deploy.Tests.Chart;

/// <summary>One entry of <c>services</c> in the chart's values.</summary>
public sealed class HelmService
{
    public HelmImage Image { get; init; } = new();

    public HelmProbes Probes { get; init; } = new();
}
