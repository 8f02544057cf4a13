using MassTransit;

namespace Spp.Messaging.Tests;

/// <summary>Always fails, counting its attempts.</summary>
public sealed class PoisonConsumer : IConsumer<PoisonArrived>
{
    private static int attempts;

    public static int Attempts => Volatile.Read(ref attempts);

    public Task Consume(ConsumeContext<PoisonArrived> context)
    {
        Interlocked.Increment(ref attempts);
        throw new InvalidOperationException("poison");
    }
}
