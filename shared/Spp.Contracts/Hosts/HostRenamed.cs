namespace Spp.Contracts.Hosts;

/// <summary>A host organisation's name changed.</summary>
public sealed record HostRenamed(Guid HostId, string Name);
