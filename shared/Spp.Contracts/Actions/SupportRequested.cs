namespace Spp.Contracts.Actions;

/// <summary>A school asked a partner school for support tied to an action of its plan.</summary>
public sealed record SupportRequested(Guid TenantId, Guid CycleId, Guid SupportId, Guid ActionId, int FromUrn, int ToUrn, Guid RequestedBy);
