namespace Spp.Contracts.Actions;

/// <summary>Accepted support was given.</summary>
public sealed record SupportCompleted(Guid TenantId, Guid CycleId, Guid SupportId, Guid ActionId, int FromUrn, int ToUrn, Guid CompletedBy);
