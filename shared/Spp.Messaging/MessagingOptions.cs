namespace Spp.Messaging;

/// <summary>Settings of consumers (section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    /// <summary>In-process retries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>
    /// Retries, 20 ms apart, of an event that arrived before its predecessor (another instance or
    /// lane is still applying it): 1,500 is half a minute, for a gap that normally closes in milliseconds.
    /// </summary>
    public int OutOfOrderRetryLimit { get; set; } = 1500;
}
