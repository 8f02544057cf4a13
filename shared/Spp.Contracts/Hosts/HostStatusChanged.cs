namespace Spp.Contracts.Hosts;

/// <summary>A host organisation was deactivated or reactivated.</summary>
public sealed record HostStatusChanged(Guid HostId, string Status);
