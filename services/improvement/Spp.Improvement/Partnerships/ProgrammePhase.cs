namespace Spp.Improvement.Partnerships;

/// <summary>Where a partnership is in the programme (about a year each); not a school's phase of education.</summary>
public enum ProgrammePhase
{
    /// <summary>The first year.</summary>
    Build,

    /// <summary>The second year.</summary>
    Embed,

    /// <summary>The third year and after.</summary>
    Sustain,
}
