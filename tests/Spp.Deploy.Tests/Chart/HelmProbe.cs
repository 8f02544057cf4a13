namespace Spp.Deploy.Tests.Chart;

public sealed class HelmProbe
{
    public string? Path { get; init; }
}
