namespace Spp.Grains.Hosting.Audit;

/// <summary>A stored audit entry, as the audit trail reads it back.</summary>
/// <param name="Position">Its place in the trail; pages continue after it.</param>
/// <param name="Version">The grain state version this change produced.</param>
public sealed record AuditEntry(
    long Position,
    string GrainType,
    string GrainKey,
    long Version,
    string Actor,
    string Operation,
    DateTimeOffset At,
    IReadOnlyList<AuditChange> Changes);
