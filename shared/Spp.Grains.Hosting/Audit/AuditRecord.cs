namespace Spp.Grains.Hosting.Audit;

/// <summary>The audit entry a grain write stores with its state: who, when, which operation, what changed.</summary>
public sealed record AuditRecord(string Actor, string Operation, Guid? TenantId, DateTimeOffset At, IReadOnlyList<AuditChange> Changes);
