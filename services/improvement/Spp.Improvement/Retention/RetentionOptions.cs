namespace Spp.Improvement.Retention;

/// <summary>Settings of the evidence retention purge (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retention";

    /// <summary>The longest interval allowed: a cycle is purged at most a day after its period ends.</summary>
    public static readonly TimeSpan MaxPurgeInterval = TimeSpan.FromDays(1);

    /// <summary>How often the purge looks for closed cycles past their tenant's retention period (<c>Retention__PurgeInterval</c>).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
