namespace Spp.Contracts.Retention;

/// <summary>A tenant changed how long evidence and its attachments are kept after a cycle closes.</summary>
public sealed record RetentionPolicyChanged(Guid TenantId, int EvidenceMonths);
