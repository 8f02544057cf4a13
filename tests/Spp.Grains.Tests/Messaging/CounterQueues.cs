using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// Looks at the counter projection's queues on a broker with plain AMQP (a passive declare reports
/// a queue's ready messages and consumers; no management plugin needed).
/// </summary>
internal static class CounterQueues
{
    /// <summary>The projection's queue (MassTransit's kebab-case name of <c>CounterProjection</c>).</summary>
    public const string Projection = "counter-projection";

    /// <summary>Where MassTransit moves a message whose consumer kept failing.</summary>
    public const string Errors = "counter-projection_error";

    /// <summary>Messages ready in the queue and consumers on it; null when the queue does not exist.</summary>
    public static async Task<(uint Messages, uint Consumers)?> InspectAsync(Uri broker, string queue)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return (ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>Messages in the error queue (0 when it was never created).</summary>
    public static async Task<uint> ErrorCountAsync(Uri broker) => (await InspectAsync(broker, Errors))?.Messages ?? 0;

    /// <summary>
    /// Waits until <paramref name="consumers"/> projection consumers are on the queue. Only then is the
    /// queue bound to the event's exchange: events published before would be dropped by the broker.
    /// </summary>
    public static Task WaitForConsumersAsync(Uri broker, int consumers) =>
        Eventually.UntilAsync(
            $"{consumers} consumer(s) on {Projection}",
            TimeSpan.FromSeconds(90),
            () => InspectAsync(broker, Projection),
            q => q is { Consumers: var c } && c == consumers,
            q => q is null ? "no queue" : $"{q.Value.Consumers} consumer(s)");
}
