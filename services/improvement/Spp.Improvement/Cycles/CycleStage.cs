namespace Spp.Improvement.Cycles;

/// <summary>The seven stages of a review cycle, in order.</summary>
public enum CycleStage
{
    /// <summary>The school evaluates itself and submits its enquiry focus.</summary>
    SelfReview = 1,

    /// <summary>The pre-review conversation: team, visit dates, evidence plan.</summary>
    ReviewPlanning = 2,

    /// <summary>Visit days: evidence is recorded, findings drafted and shared.</summary>
    PeerReview = 3,

    /// <summary>The Improvement Champion's workshop turns findings into priorities.</summary>
    ImprovementWorkshop = 4,

    /// <summary>Actions, owners, dates and success measures, agreed by the headteacher.</summary>
    ActionPlan = 5,

    /// <summary>Measures with baselines, targets and readings over time.</summary>
    Impact = 6,

    /// <summary>Confirmed closed by the headteacher and the facilitator, with a summary.</summary>
    Closed = 7,
}
