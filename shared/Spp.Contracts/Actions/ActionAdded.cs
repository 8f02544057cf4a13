namespace Spp.Contracts.Actions;

/// <summary>An action was added to a school's action plan (no title or description: they may name pupils).</summary>
public sealed record ActionAdded(Guid TenantId, Guid CycleId, int Urn, Guid ActionId, Guid? OwnerId, DateOnly? DueOn);
