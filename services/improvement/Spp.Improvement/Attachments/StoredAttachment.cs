namespace Spp.Improvement.Attachments;

/// <summary>
/// A file held by the attachment store. <see cref="FileName"/> may mention pupils: it is returned only
/// to people who may read the evidence, and never logged.
/// </summary>
public sealed record StoredAttachment(
    Guid Id,
    Guid TenantId,
    Guid CycleId,
    Guid EvidenceId,
    Guid UploadedBy,
    string FileName,
    string ContentType,
    long Length,
    string Sha256,
    DateTimeOffset StoredAt,
    bool IsLinked);
