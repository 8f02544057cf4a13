namespace Spp.Contracts.Actions;

/// <summary>The school an offer or request was made to accepted it.</summary>
public sealed record SupportAccepted(Guid TenantId, Guid CycleId, Guid SupportId, Guid ActionId, int FromUrn, int ToUrn, Guid AcceptedBy);
