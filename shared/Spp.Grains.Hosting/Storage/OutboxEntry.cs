namespace Spp.Grains.Hosting.Storage;

/// <summary>An event as written to the outbox, in the same transaction as the state that raised it.</summary>
/// <param name="MessageId">UUIDv7 assigned when the row is written; the message id consumers de-duplicate on.</param>
/// <param name="MessageType">The contract type, <c>{full name}, {assembly}</c>.</param>
/// <param name="PayloadJson">The event record as JSON.</param>
/// <param name="TenantId">The tenant the event belongs to, if any.</param>
/// <param name="Sequence">The event's place in its grain's history (1-based, no gaps).</param>
/// <param name="OccurredAt">When the grain raised it.</param>
/// <param name="TraceParent">W3C <c>traceparent</c> of the call that raised it, so delivery joins the same trace.</param>
/// <param name="TraceState">W3C <c>tracestate</c>, if any.</param>
public sealed record OutboxEntry(
    Guid MessageId,
    string MessageType,
    string PayloadJson,
    Guid? TenantId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string? TraceParent,
    string? TraceState);
