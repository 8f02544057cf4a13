using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Spp.Deploy.Tests.Compose;

/// <summary>deploy/compose.yaml, read the way docker-compose reads it (anchors, aliases and merge keys).</summary>
public static class ComposeFile
{
    public static string PathInRepository { get; } = Path.Combine(Testing.RepositoryPaths.Root, "deploy", "compose.yaml");

    public static IReadOnlyDictionary<string, ComposeService> LoadServices()
    {
        using var reader = File.OpenText(PathInRepository);
        var document = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
        return Map(document["services"]).ToDictionary(
            service => (string)service.Key,
            service => ToService((string)service.Key, Map(service.Value)));
    }

    private static ComposeService ToService(string name, Dictionary<object, object> service)
    {
        var build = service.TryGetValue("build", out var value) ? Map(value) : [];
        return new ComposeService(
            name,
            service.GetValueOrDefault("image") as string,
            build.GetValueOrDefault("dockerfile") as string,
            Strings(build.GetValueOrDefault("args")),
            Strings(service.GetValueOrDefault("environment")));
    }

    private static Dictionary<object, object> Map(object? node) =>
        node as Dictionary<object, object> ?? throw new InvalidDataException($"Expected a mapping in {PathInRepository}.");

    private static Dictionary<string, string> Strings(object? node) => node is null
        ? []
        : Map(node).ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");
}
