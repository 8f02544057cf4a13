using Spp.Improvement.Cycles;
using Spp.Improvement.Policies;

namespace Spp.Improvement.Actions;

/// <summary>What the action plan needs to know of its review cycle: whose it is and where it stands.</summary>
/// <param name="PartnerUrns">Every member school of the cycle's partnership, this one included.</param>
/// <param name="CurrentTerm">Today's term in the tenant's term calendar, or null when today falls outside it.</param>
public sealed record PlanCycle(Guid CycleId, Guid TenantId, int Urn, IReadOnlyList<int> PartnerUrns, CycleStage Stage, bool IsPaused, SchoolTerm? CurrentTerm);
