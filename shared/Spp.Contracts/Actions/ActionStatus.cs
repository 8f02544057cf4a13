namespace Spp.Contracts.Actions;

/// <summary>Where an action of a school's plan stands, as its owner reports it.</summary>
public enum ActionStatus
{
    /// <summary>Not begun yet.</summary>
    NotStarted,

    /// <summary>Under way.</summary>
    InProgress,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>Stuck; the owner needs help.</summary>
    Blocked,
}
