namespace Spp.Contracts.Actions;

/// <summary>The headteacher agreed the school's action plan; its actions are fixed from now on.</summary>
public sealed record ActionPlanAgreed(Guid TenantId, Guid CycleId, int Urn, int Actions, Guid AgreedBy, DateTimeOffset AgreedAt);
