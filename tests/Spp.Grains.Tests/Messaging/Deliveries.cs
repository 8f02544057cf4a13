using System.Collections.Concurrent;
using MassTransit;

namespace Spp.Grains.Tests.Messaging;

/// <summary>Counts the broker's deliveries to a projection host by message id (a redelivered or re-published event counts twice).</summary>
internal sealed class Deliveries : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> byMessageId = new();

    /// <summary>Distinct events delivered.</summary>
    public int Distinct => byMessageId.Count;

    /// <summary>Deliveries beyond the first of an event.</summary>
    public int Duplicates => byMessageId.Values.Sum(c => c - 1);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
        {
            byMessageId.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
