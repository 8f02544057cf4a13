namespace Spp.Contracts.Retention;

/// <summary>
/// The tenant's retention period after a cycle closed has passed and its evidence, findings and
/// notes were erased, with its attachments; the cycle keeps its shape (stages, dates, people, counts).
/// </summary>
public sealed record CycleEvidencePurged(Guid CycleId, Guid TenantId, DateOnly ClosedOn, DateTimeOffset PurgedAt, int EvidenceRecords, int Findings, int Attachments);
