using System.Globalization;
using MassTransit;
using Spp.Contracts.Messaging;

namespace Spp.Messaging.Inbox;

/// <summary>The envelope fields of a consumed event: its message id and, for grain events, its place in the grain's history.</summary>
public sealed record GrainEventEnvelope(Guid MessageId, string? GrainId, long? Sequence, Guid? TenantId, bool Replay)
{
    /// <summary>Reads the envelope from the consume context's headers.</summary>
    public static GrainEventEnvelope From(ConsumeContext context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A consumed event has no message id.");
        var grainId = context.Headers.Get<string>(EventHeaders.GrainId);
        var sequence = long.TryParse(context.Headers.Get<string>(EventHeaders.Sequence), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (long?)null;
        var tenantId = Guid.TryParse(context.Headers.Get<string>(EventHeaders.TenantId), out var t) ? t : (Guid?)null;
        var replay = string.Equals(context.Headers.Get<string>(EventHeaders.Replay), "true", StringComparison.Ordinal);
        return new GrainEventEnvelope(messageId, grainId, sequence, tenantId, replay);
    }
}
