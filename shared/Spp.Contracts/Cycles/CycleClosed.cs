namespace Spp.Contracts.Cycles;

/// <summary>Both the headteacher and the facilitator confirmed: the cycle is closed (the summary stays in the cycle).</summary>
public sealed record CycleClosed(Guid CycleId, Guid TenantId, DateOnly ClosedOn);
