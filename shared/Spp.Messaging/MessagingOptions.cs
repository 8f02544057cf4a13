namespace Spp.Messaging;

/// <summary>Settings of consumers (section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    /// <summary>In-process retries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>
    /// Retries of an event that arrived before its predecessor (another instance is still applying it).
    /// Generous, because the gap normally closes within milliseconds.
    /// </summary>
    public int OutOfOrderRetryLimit { get; set; } = 40;
}
