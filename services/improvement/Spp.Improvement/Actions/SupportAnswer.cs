namespace Spp.Improvement.Actions;

/// <summary>What the schools do with a support offer or request.</summary>
public enum SupportAnswer
{
    /// <summary>The school it was made to says yes.</summary>
    Accept,

    /// <summary>The school it was made to says no.</summary>
    Decline,

    /// <summary>Either school records that accepted support was given.</summary>
    Complete,
}
