namespace Spp.Deploy.Tests.Chart;

public sealed class HelmImage
{
    public string Repository { get; init; } = "";
}
