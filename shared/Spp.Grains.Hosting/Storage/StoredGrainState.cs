namespace Spp.Grains.Hosting.Storage;

/// <summary>A grain's state row as stored.</summary>
public sealed class StoredGrainState
{
    /// <summary>Incremented by every write; the ETag is derived from it.</summary>
    public long Version { get; init; }

    /// <summary>The <see cref="GrainStateAttribute"/> version the state was written with.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>The state record as JSON.</summary>
    public string StateJson { get; init; } = "{}";

    /// <summary>The sequence number of the grain's last event.</summary>
    public long LastSequence { get; init; }
}
