using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MassTransit;
using Spp.Contracts.Messaging;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.Hosting.Storage;

namespace Spp.Grains.Hosting.Outbox;

/// <summary>
/// Publishes one outbox row: the event body, its message id, and the envelope headers (tenant, grain,
/// sequence, occurred-at), inside a span whose parent is the call that raised the event.
/// </summary>
public sealed class OutboxPublisher(IBus bus)
{
    /// <summary>Source of the dispatch spans.</summary>
    public static readonly ActivitySource ActivitySource = new("Spp.Outbox");

    /// <summary>Publishes <paramref name="message"/>; completes when the broker has it.</summary>
    public async Task PublishAsync(OutboxMessage message, bool replay, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var type = OutboxMessageType.Resolve(entry.MessageType);
        var body = JsonSerializer.Deserialize(entry.PayloadJson, type, GrainJson.Options)!;
        ActivityContext.TryParse(entry.TraceParent, entry.TraceState, out var parent);
        using var activity = ActivitySource.StartActivity($"outbox dispatch {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", entry.MessageId);
        activity?.SetTag("spp.grain.id", message.GrainId);
        activity?.SetTag("spp.grain.sequence", entry.Sequence);
        await bus.Publish(body, type, context =>
        {
            context.MessageId = entry.MessageId;
            context.Headers.Set(EventHeaders.GrainId, message.GrainId);
            context.Headers.Set(EventHeaders.Sequence, entry.Sequence.ToString(CultureInfo.InvariantCulture));
            context.Headers.Set(EventHeaders.OccurredAt, entry.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
            if (entry.TenantId is { } tenantId)
            {
                context.Headers.Set(EventHeaders.TenantId, tenantId.ToString("D"));
            }

            if (replay)
            {
                context.Headers.Set(EventHeaders.Replay, "true");
            }
        }, cancellationToken);
    }
}
