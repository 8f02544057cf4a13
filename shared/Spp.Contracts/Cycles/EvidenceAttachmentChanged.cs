namespace Spp.Contracts.Cycles;

/// <summary>A file was attached to, or removed from, an evidence record. No file name: it may mention pupils.</summary>
public sealed record EvidenceAttachmentChanged(Guid CycleId, Guid TenantId, Guid EvidenceId, Guid AttachmentId, long Length, bool Removed);
