using System.Text.Json;
using System.Text.RegularExpressions;
using Spp.Deploy.Tests.Chart;
using Spp.Deploy.Tests.Compose;
using Spp.Testing;

namespace Spp.Deploy.Tests;

/// <summary>Every service of the chart has an image recipe and a place in the compose topology.</summary>
public sealed partial class DeployablesTests
{
    private const string Dockerfile = "deploy/docker/Dockerfile";

    public static TheoryData<string> ChartServices() =>
        new(HelmValues.Load("values.yaml").Services.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_shared_Dockerfile_takes_the_project_and_its_assembly_as_arguments()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Dockerfile));

        Assert.Matches(new Regex("^ARG PROJECT$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex("^ARG DLL$", RegexOptions.Multiline), text);
    }

    [Theory]
    [MemberData(nameof(ChartServices))]
    public void Every_chart_service_runs_in_compose_built_from_its_project(string service)
    {
        var chartImage = HelmValues.Load("values.yaml").Services[service].Image.Repository;
        var replicas = ReplicasOf(service, ComposeFile.LoadServices());

        Assert.NotEmpty(replicas);
        foreach (var replica in replicas)
        {
            Assert.Equal(Dockerfile, replica.Dockerfile);
            var project = replica.BuildArgs["PROJECT"];
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), $"{replica.Name}: {project} does not exist");
            Assert.Equal(Path.GetFileNameWithoutExtension(project) + ".dll", replica.BuildArgs["DLL"]);
            Assert.Equal(chartImage, replica.ImageRepository);
        }
    }

    [Theory]
    [MemberData(nameof(ChartServices))]
    public void The_image_build_script_builds_every_chart_service_from_the_compose_project(string service)
    {
        var scriptProjects = BuildScriptProjects();
        var composeProject = ReplicasOf(service, ComposeFile.LoadServices())[0].BuildArgs["PROJECT"];

        Assert.Equal(composeProject, scriptProjects.GetValueOrDefault(service));
    }

    [Fact]
    public void The_image_build_script_builds_the_all_in_one_host()
    {
        var project = BuildScriptProjects().GetValueOrDefault("all-in-one");

        Assert.NotNull(project);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), $"{project} does not exist");
    }

    [Fact]
    public void The_compose_gateway_routes_to_every_improvement_replica()
    {
        var services = ComposeFile.LoadServices();
        var destinations = services["gateway"].Environment
            .Where(setting => setting.Key.StartsWith("ReverseProxy__Clusters__improvement__Destinations__", StringComparison.Ordinal))
            .Select(setting => setting.Value)
            .Order(StringComparer.Ordinal);
        var replicas = ReplicasOf("improvement", services).Select(replica => $"http://{replica.Name}:8080/").Order(StringComparer.Ordinal);

        Assert.Equal(replicas, destinations);
    }

    [Fact]
    public void The_local_distributed_build_covers_every_compose_project()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "distributed.slnf")));
        var filtered = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
            .Select(project => project.GetString()!.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var composed = ComposeFile.LoadServices().Values
            .Where(service => service.BuildArgs.ContainsKey("PROJECT"))
            .Select(service => service.BuildArgs["PROJECT"])
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(composed, filtered);
    }

    // A service runs as one compose service of its own name, or as replicas named name-1, name-2, ...
    internal static List<ComposeService> ReplicasOf(string service, IReadOnlyDictionary<string, ComposeService> compose) =>
        compose.Values
            .Where(candidate => candidate.Name == service || ReplicaName().Match(candidate.Name) is { Success: true } match && match.Groups[1].Value == service)
            .OrderBy(candidate => candidate.Name, StringComparer.Ordinal)
            .ToList();

    // deploy/docker/build-images lists its deployables as bash array entries: [name]=path/to/Project.csproj
    private static Dictionary<string, string> BuildScriptProjects() =>
        BuildScriptEntry()
            .Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "docker", "build-images")))
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);

    [GeneratedRegex("^(.+)-[0-9]+$")]
    private static partial Regex ReplicaName();

    [GeneratedRegex(@"^\s*\[([a-z-]+)\]=(\S+\.csproj)\s*$", RegexOptions.Multiline)]
    private static partial Regex BuildScriptEntry();
}
