namespace Spp.Contracts.Cycles;

/// <summary>A tenant changed its deadline policy (days before/after the dates each deadline hangs on). Applies to dates set from now on.</summary>
public sealed record DeadlinePolicyChanged(
    Guid TenantId,
    int SelfReviewDaysBeforeVisit,
    int ReviewPlanDaysBeforeVisit,
    int FindingsDaysAfterVisit,
    int WorkshopDaysAfterFindings,
    int ActionPlanDaysAfterWorkshop,
    int ImpactReadingsPerTerm);
