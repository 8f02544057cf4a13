using Spp.Improvement.Cycles;

namespace Spp.Improvement.Actions;

/// <summary>What the action plan needs to know of its review cycle: whose it is and where it stands.</summary>
/// <param name="PartnerUrns">Every member school of the cycle's partnership, this one included.</param>
public sealed record PlanCycle(Guid CycleId, Guid TenantId, int Urn, IReadOnlyList<int> PartnerUrns, CycleStage Stage, bool IsPaused);
