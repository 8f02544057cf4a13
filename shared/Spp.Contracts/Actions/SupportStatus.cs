namespace Spp.Contracts.Actions;

/// <summary>Where an offer or request of school-to-school support stands.</summary>
public enum SupportStatus
{
    /// <summary>Made, awaiting an answer from the other school.</summary>
    Offered,

    /// <summary>The other school said yes.</summary>
    Accepted,

    /// <summary>The other school said no.</summary>
    Declined,

    /// <summary>The support was given.</summary>
    Completed,
}
