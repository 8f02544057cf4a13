namespace Spp.Deploy.Tests.Compose;

/// <summary>A service of deploy/compose.yaml, after anchors and merge keys are resolved.</summary>
public sealed record ComposeService(
    string Name,
    string? Image,
    string? Dockerfile,
    IReadOnlyDictionary<string, string> BuildArgs,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The image name without its tag, e.g. <c>spp-improvement</c>.</summary>
    public string? ImageRepository => Image?.Split(':')[0];
}
