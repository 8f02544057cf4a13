namespace Spp.Grains.Hosting.Outbox;

/// <summary>Wakes the dispatcher as soon as this process commits events, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    /// <summary>Events were committed.</summary>
    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit since.
        }
    }

    /// <summary>Waits for a commit or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => signal.Dispose();
}
