namespace Spp.Improvement.Actions;

/// <summary>
/// The roles a person holds on the cycle, worked out from the cycle's state on each request.
/// <see cref="SeesFindings"/>: the cycle's own people and those the headteacher shared its content with.
/// </summary>
public sealed record PlanRoles(bool IsHeadteacher, bool IsSchoolLeader, bool IsChampion, bool IsFacilitator, bool SeesFindings)
{
    /// <summary>No role on the cycle.</summary>
    public static PlanRoles None { get; } = new(false, false, false, false, false);

    /// <summary>The people who draft the plan: the Improvement Champion with the school's leaders; the facilitator may adjust it.</summary>
    public bool DraftsPlan => IsChampion || IsHeadteacher || IsSchoolLeader || IsFacilitator;
}
