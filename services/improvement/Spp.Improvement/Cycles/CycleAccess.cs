namespace Spp.Improvement.Cycles;

/// <summary>How much of a cycle a caller may read (cycle.md "Who can read what").</summary>
public enum CycleAccess
{
    /// <summary>Nothing: answer 404, never reveal the cycle exists.</summary>
    None,

    /// <summary>Another school of the partnership: stage and dates only.</summary>
    Outline,

    /// <summary>Staff of the school who are not leaders: stage, dates and their own long-list items.</summary>
    Staff,

    /// <summary>Tenant admins: stage, dates and people.</summary>
    People,

    /// <summary>The school's leaders, the review team, the Improvement Champion and the facilitator: everything.</summary>
    Whole,
}
