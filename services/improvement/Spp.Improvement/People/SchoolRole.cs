namespace Spp.Improvement.People;

/// <summary>A person's role in one school of a tenant; the token says only "member of the school".</summary>
public enum SchoolRole
{
    /// <summary>Any member of staff: may propose long-list items, join workshops, own actions.</summary>
    Staff,

    /// <summary>A senior leader: edits the self-review; may be drawn into review teams.</summary>
    SeniorLeader,

    /// <summary>The headteacher: submits the self-review, agrees plans, confirms the close.</summary>
    Headteacher,
}
