using Spp.Grains;

namespace Spp.Improvement.Hosts;

/// <summary>What a host grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class HostState
{
    public string Name { get; set; } = string.Empty;

    public HostKind Kind { get; set; }

    public HostStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
