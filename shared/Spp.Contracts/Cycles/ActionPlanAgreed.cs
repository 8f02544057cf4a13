namespace Spp.Contracts.Cycles;

/// <summary>The headteacher agreed the action plan; the cycle measures impact from now on.</summary>
public sealed record ActionPlanAgreed(Guid CycleId, Guid TenantId, Guid AgreedBy, DateOnly AgreedOn);
