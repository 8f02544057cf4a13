using Spp.Deploy.Tests.Chart;
using Spp.Deploy.Tests.Hosts;
using Spp.ServiceDefaults;

namespace Spp.Deploy.Tests;

/// <summary>
/// Kubernetes probes must hit the health endpoints every process maps (Spp.ServiceDefaults), and
/// each service's host, started from the build output, must answer them.
/// </summary>
public sealed class HealthProbeTests(ChartServiceHosts hosts) : IClassFixture<ChartServiceHosts>
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

    [Theory]
    [MemberData(nameof(DeployablesTests.ChartServices), MemberType = typeof(DeployablesTests))]
    public async Task The_running_host_of_each_service_answers_its_probe_paths(string service)
    {
        var probes = HelmValues.Files.Select(file => HelmValues.Load(file).Services.GetValueOrDefault(service)?.Probes).OfType<HelmProbes>().ToList();
        var livePaths = probes.SelectMany(p => new[] { p.Liveness?.Path, p.Startup?.Path }).OfType<string>().Distinct().ToList();
        var readyPaths = probes.Select(p => p.Readiness?.Path).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(livePaths);
        Assert.NotEmpty(readyPaths);

        var host = hosts[service];

        foreach (var path in livePaths)
        {
            var status = await host.GetStatusAsync(path, TimeSpan.FromSeconds(30));
            Assert.True(status == 200, $"{service} answered {status} on its liveness/startup probe path {path}. Output:\n{host.Output}");
        }

        foreach (var path in readyPaths)
        {
            // Ready or not (the gateway's improvement cluster is not running), but the path is mapped.
            var status = await host.GetStatusAsync(path, TimeSpan.FromSeconds(30));
            Assert.True(status is 200 or 503, $"{service} answered {status} on its readiness probe path {path}. Output:\n{host.Output}");
        }
    }
}
