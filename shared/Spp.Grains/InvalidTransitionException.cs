namespace Spp.Grains;

/// <summary>A transition that is not allowed from the current state (HTTP 409); says from which state.</summary>
public sealed class InvalidTransitionException(string from, string action)
    : Exception($"Cannot {action} from '{from}'.")
{
    /// <summary>The state the grain is in.</summary>
    public string From { get; } = from;

    /// <summary>What was attempted.</summary>
    public string Action { get; } = action;
}
