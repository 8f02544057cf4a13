namespace Spp.Improvement.Actions;

/// <summary>The headteacher's agreement of the plan, as the cycle records it.</summary>
public sealed record ActionPlanAgreement(Guid CycleId, Guid AgreedBy, DateTimeOffset AgreedAt, int Actions);
