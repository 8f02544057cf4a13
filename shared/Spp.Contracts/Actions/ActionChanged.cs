namespace Spp.Contracts.Actions;

/// <summary>A drafted action's owner or due date (or its wording) changed.</summary>
public sealed record ActionChanged(Guid TenantId, Guid CycleId, int Urn, Guid ActionId, Guid? OwnerId, DateOnly? DueOn);
