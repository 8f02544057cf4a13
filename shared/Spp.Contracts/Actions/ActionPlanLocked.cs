namespace Spp.Contracts.Actions;

/// <summary>
/// The plan's actions were fixed as the headteacher agreed them (the cycle's own <c>ActionPlanAgreed</c>
/// records the stage move); from now on only their status changes.
/// </summary>
public sealed record ActionPlanLocked(Guid TenantId, Guid CycleId, int Urn, int Actions, Guid AgreedBy, DateTimeOffset LockedAt);
