namespace Spp.Contracts.Actions;

/// <summary>A partner school offered support tied to an action of another school's plan.</summary>
public sealed record SupportOffered(Guid TenantId, Guid CycleId, Guid SupportId, Guid ActionId, int FromUrn, int ToUrn, Guid OfferedBy);
