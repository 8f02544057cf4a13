namespace Spp.Contracts.Actions;

/// <summary>The four levels at which the programme looks for impact.</summary>
public enum ImpactLevel
{
    /// <summary>How the school is led.</summary>
    Leadership,

    /// <summary>How the partnership's schools work together.</summary>
    Partnership,

    /// <summary>What staff do in classrooms.</summary>
    StaffPractice,

    /// <summary>What pupils experience and achieve.</summary>
    Pupils,
}
