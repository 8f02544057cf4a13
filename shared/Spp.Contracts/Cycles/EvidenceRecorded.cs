namespace Spp.Contracts.Cycles;

/// <summary>A reviewer recorded evidence. Ids and kind only: the note may mention pupils and never leaves the cycle.</summary>
public sealed record EvidenceRecorded(Guid CycleId, Guid TenantId, Guid EvidenceId, string Kind, Guid RecordedBy);
