using System.Globalization;

namespace Spp.Grains.Hosting.Storage;

/// <summary>An outbox row as both engines return it (ids and instants as text).</summary>
internal sealed class OutboxRow
{
    public long Position { get; init; }

    public string MessageId { get; init; } = string.Empty;

    public string GrainType { get; init; } = string.Empty;

    public string GrainKey { get; init; } = string.Empty;

    public long Sequence { get; init; }

    public string? TenantId { get; init; }

    public string MessageType { get; init; } = string.Empty;

    public string Payload { get; init; } = string.Empty;

    public string OccurredAt { get; init; } = string.Empty;

    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }

    public OutboxMessage ToMessage() => new(Position, GrainType, GrainKey, new OutboxEntry(
        Guid.Parse(MessageId),
        MessageType,
        Payload,
        TenantId is null ? null : Guid.Parse(TenantId),
        Sequence,
        DateTimeOffset.Parse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        TraceParent,
        TraceState));
}
