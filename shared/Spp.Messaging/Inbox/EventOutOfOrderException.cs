namespace Spp.Messaging.Inbox;

/// <summary>An event arrived before its grain's previous one was applied; it is retried until the gap closes.</summary>
public sealed class EventOutOfOrderException(string grainId, long sequence, long lastApplied)
    : Exception($"Event {sequence} of {grainId} arrived before {lastApplied + 1}; retrying.")
{
    /// <summary>The grain whose stream has the gap.</summary>
    public string GrainId { get; } = grainId;
}
