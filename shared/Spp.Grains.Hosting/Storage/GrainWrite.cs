using Spp.Grains.Hosting.Audit;

namespace Spp.Grains.Hosting.Storage;

/// <summary>One turn's write: the new state and the events it raised, stored together or not at all.</summary>
/// <param name="GrainType">The grain's stored type name.</param>
/// <param name="GrainKey">The grain's key.</param>
/// <param name="ExpectedVersion">The version the turn started from (0: nothing stored yet); the write fails if it changed.</param>
/// <param name="SchemaVersion">The state's schema version.</param>
/// <param name="StateJson">The new state.</param>
/// <param name="LastSequence">The grain's last event sequence number after this write.</param>
/// <param name="Events">The outbox rows to add.</param>
/// <param name="Audit">Who changed what, stored with the state; null when nothing is audited.</param>
public sealed record GrainWrite(
    string GrainType,
    string GrainKey,
    long ExpectedVersion,
    int SchemaVersion,
    string StateJson,
    long LastSequence,
    IReadOnlyList<OutboxEntry> Events,
    AuditRecord? Audit = null);
