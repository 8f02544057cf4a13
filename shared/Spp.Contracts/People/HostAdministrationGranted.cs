namespace Spp.Contracts.People;

/// <summary>A person became an administrator of a host organisation.</summary>
public sealed record HostAdministrationGranted(Guid PersonId, Guid HostId);
