using Spp.Deploy.Tests.Chart;
using Spp.ServiceDefaults;

namespace Spp.Deploy.Tests;

/// <summary>Kubernetes probes must hit the health endpoints every process maps (Spp.ServiceDefaults).</summary>
public sealed class HealthProbeTests
{
    public static TheoryData<string, string> ServicesOfEveryValuesFile()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in HelmValues.Files)
        {
            foreach (var service in HelmValues.Load(file).Services.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(file, service);
            }
        }

        return data;
    }

    [Fact]
    public void The_chart_values_describe_every_service_of_the_platform()
    {
        Assert.Contains("values.yaml", HelmValues.Files);
        Assert.Superset(
            new HashSet<string> { "gateway", "improvement", "notifications", "reporting" },
            HelmValues.Load("values.yaml").Services.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ServicesOfEveryValuesFile))]
    public void Liveness_and_readiness_probes_use_the_mapped_health_paths(string valuesFile, string service)
    {
        var probes = HelmValues.Load(valuesFile).Services[service].Probes;

        Assert.Equal(HealthEndpoints.LivePath, probes.Liveness?.Path);
        Assert.Equal(HealthEndpoints.ReadyPath, probes.Readiness?.Path);
    }

    [Theory]
    [MemberData(nameof(ServicesOfEveryValuesFile))]
    public void A_startup_probe_when_present_uses_the_liveness_path(string valuesFile, string service)
    {
        var startup = HelmValues.Load(valuesFile).Services[service].Probes.Startup;

        if (startup is not null)
        {
            Assert.Equal(HealthEndpoints.LivePath, startup.Path);
        }
    }
}
