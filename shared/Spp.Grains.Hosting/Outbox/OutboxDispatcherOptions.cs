namespace Spp.Grains.Hosting.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxDispatcherOptions
{
    /// <summary>False in processes that write grains but must not publish (e.g. a batch tool).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Rows read and published per round.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often to look for rows written by other instances when this one wrote none.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Pause after a failure (broker or database down) before trying again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for the broker to confirm one publish.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
