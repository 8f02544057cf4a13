using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Spp.Deploy.Tests.Chart;

/// <summary>The parts of a helm/spp-platform values file that the tests read.</summary>
public sealed class HelmValues
{
    public static string ChartDirectory { get; } = Path.Combine(Testing.RepositoryPaths.Root, "helm", "spp-platform");

    /// <summary>values.yaml and every values-*.yaml beside it, by file name.</summary>
    public static IReadOnlyList<string> Files { get; } = Directory
        .EnumerateFiles(ChartDirectory, "values*.yaml")
        .Select(path => Path.GetFileName(path))
        .Order(StringComparer.Ordinal)
        .ToList();

    public Dictionary<string, HelmService> Services { get; init; } = [];

    public static HelmValues Load(string fileName)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        using var reader = File.OpenText(Path.Combine(ChartDirectory, fileName));
        return deserializer.Deserialize<HelmValues>(reader);
    }
}
