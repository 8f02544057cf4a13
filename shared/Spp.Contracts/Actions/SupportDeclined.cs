namespace Spp.Contracts.Actions;

/// <summary>The school an offer or request was made to declined it.</summary>
public sealed record SupportDeclined(Guid TenantId, Guid CycleId, Guid SupportId, Guid ActionId, int FromUrn, int ToUrn, Guid DeclinedBy);
