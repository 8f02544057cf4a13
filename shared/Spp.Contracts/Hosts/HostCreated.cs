namespace Spp.Contracts.Hosts;

/// <summary>The national team created a host organisation (a local authority or a trust).</summary>
public sealed record HostCreated(Guid HostId, string Name, string Kind);
