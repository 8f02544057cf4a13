namespace Spp.Improvement.Schools;

/// <summary>What a register upsert did to a school.</summary>
public enum RegisterOutcome
{
    /// <summary>The URN was new to the register.</summary>
    Registered,

    /// <summary>The school's register data changed.</summary>
    Updated,

    /// <summary>The data was already as given; nothing was written.</summary>
    Unchanged,
}
