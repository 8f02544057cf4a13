namespace Spp.Improvement.Schools;

/// <summary>A school's phase of education, as GIAS names it (not the programme's Build/Embed/Sustain).</summary>
public enum EducationPhase
{
    /// <summary>GIAS "Not applicable" or a value the register does not recognise.</summary>
    NotApplicable,

    /// <summary>Nursery.</summary>
    Nursery,

    /// <summary>Primary.</summary>
    Primary,

    /// <summary>Middle deemed primary.</summary>
    MiddleDeemedPrimary,

    /// <summary>Secondary.</summary>
    Secondary,

    /// <summary>Middle deemed secondary.</summary>
    MiddleDeemedSecondary,

    /// <summary>16 plus.</summary>
    SixteenPlus,

    /// <summary>All-through.</summary>
    AllThrough,
}
