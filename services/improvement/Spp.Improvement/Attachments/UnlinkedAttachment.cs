namespace Spp.Improvement.Attachments;

/// <summary>Stored bytes that no evidence record is known to hold: what the sweep looks at.</summary>
public sealed record UnlinkedAttachment(Guid Id, Guid CycleId, Guid UploadedBy, bool IsComplete);
