namespace Spp.Improvement.Schools;

/// <summary>GIAS "PhaseOfEducation (name)" values and the <see cref="EducationPhase"/> each means.</summary>
public static class EducationPhases
{
    private static readonly Dictionary<string, EducationPhase> ByGiasName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Not applicable"] = EducationPhase.NotApplicable,
        ["Nursery"] = EducationPhase.Nursery,
        ["Primary"] = EducationPhase.Primary,
        ["Middle deemed primary"] = EducationPhase.MiddleDeemedPrimary,
        ["Secondary"] = EducationPhase.Secondary,
        ["Middle deemed secondary"] = EducationPhase.MiddleDeemedSecondary,
        ["16 plus"] = EducationPhase.SixteenPlus,
        ["All-through"] = EducationPhase.AllThrough,
        ["All through"] = EducationPhase.AllThrough,
    };

    /// <summary>The phase GIAS names <paramref name="giasName"/>; false for a value the register does not use.</summary>
    public static bool TryParse(string giasName, out EducationPhase phase) => ByGiasName.TryGetValue(giasName.Trim(), out phase);
}
