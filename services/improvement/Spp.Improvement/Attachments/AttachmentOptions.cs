namespace Spp.Improvement.Attachments;

/// <summary>Settings of evidence attachments (section <c>Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Attachments";

    /// <summary>Bytes per stored row: large enough to keep the row count low, small enough to never hold a whole file in memory.</summary>
    public const int ChunkBytes = 256 * 1024;

    /// <summary>Largest file accepted, in bytes (<c>Attachments__MaxBytes</c>); 25 MB unless set.</summary>
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>How long stored bytes may wait to be linked to their evidence before the sweep deletes them.</summary>
    public TimeSpan OrphanAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sweep looks for orphaned bytes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
