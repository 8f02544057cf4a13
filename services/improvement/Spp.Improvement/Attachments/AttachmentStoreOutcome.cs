namespace Spp.Improvement.Attachments;

/// <summary>How storing an upload ended. Only <see cref="Stored"/> leaves anything behind.</summary>
public enum AttachmentStoreOutcome
{
    /// <summary>Every byte is stored and hashed.</summary>
    Stored,

    /// <summary>The bytes are not the declared type (or not a type on the allow-list).</summary>
    WrongType,

    /// <summary>The file is longer than the limit.</summary>
    TooLarge,

    /// <summary>The file has no bytes.</summary>
    Empty,
}

/// <summary>The outcome, with the stored file when there is one.</summary>
public sealed record AttachmentStoreResult(AttachmentStoreOutcome Outcome, StoredAttachment? Attachment);
