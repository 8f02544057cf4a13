namespace Spp.Improvement.Attachments;

/// <summary>An attachment with this id is already stored or being stored (a retried upload racing the first).</summary>
public sealed class AttachmentExistsException() : Exception("An attachment with this id is already stored or being stored.");
