namespace Spp.Improvement.Attachments;

/// <summary>What an upload is for and what it says it is, before its bytes are read.</summary>
/// <param name="ContentType">A media type already on the allow-list (see <see cref="AttachmentFileTypes.Normalise"/>).</param>
public sealed record AttachmentUpload(Guid Id, Guid TenantId, Guid CycleId, Guid EvidenceId, Guid UploadedBy, string FileName, string ContentType);
