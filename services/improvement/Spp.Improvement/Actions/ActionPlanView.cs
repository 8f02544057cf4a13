using Spp.Improvement.Policies;

namespace Spp.Improvement.Actions;

/// <summary>
/// A school's action plan and impact record for one cycle, with what still stops the headteacher
/// agreeing it (<see cref="Problems"/>) and the term readings are due for.
/// </summary>
public sealed record ActionPlanView(
    Guid CycleId,
    int Urn,
    bool IsAgreed,
    Guid? AgreedBy,
    DateTimeOffset? AgreedAt,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyList<SupportArrangement> Support,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<ImpactFeedback> Feedback,
    IReadOnlyList<PlanProblem> Problems,
    SchoolTerm? CurrentTerm,
    string ETag);
