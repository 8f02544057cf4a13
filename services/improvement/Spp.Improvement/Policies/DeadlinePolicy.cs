namespace Spp.Improvement.Policies;

/// <summary>
/// A tenant's deadline policy: how many days before or after the date each deadline hangs on.
/// The defaults are the programme's (cycle.md "Default deadlines").
/// </summary>
public sealed record DeadlinePolicy(
    int SelfReviewDaysBeforeVisit = 14,
    int ReviewPlanDaysBeforeVisit = 7,
    int FindingsDaysAfterVisit = 2,
    int WorkshopDaysAfterFindings = 21,
    int ActionPlanDaysAfterWorkshop = 7,
    int ImpactReadingsPerTerm = 1)
{
    /// <summary>The programme's defaults.</summary>
    public static DeadlinePolicy Default { get; } = new();

    /// <summary>Longest offset accepted: a term and a half is already generous.</summary>
    public const int MaxDays = 120;

    /// <summary>Field errors, empty when every offset is in range.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "selfReviewDaysBeforeVisit", SelfReviewDaysBeforeVisit, 0, MaxDays);
        Check(errors, "reviewPlanDaysBeforeVisit", ReviewPlanDaysBeforeVisit, 0, MaxDays);
        Check(errors, "findingsDaysAfterVisit", FindingsDaysAfterVisit, 0, MaxDays);
        Check(errors, "workshopDaysAfterFindings", WorkshopDaysAfterFindings, 1, MaxDays);
        Check(errors, "actionPlanDaysAfterWorkshop", ActionPlanDaysAfterWorkshop, 1, MaxDays);
        Check(errors, "impactReadingsPerTerm", ImpactReadingsPerTerm, 1, 12);
        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors[field] = [$"Use a whole number from {min} to {max}."];
        }
    }
}
