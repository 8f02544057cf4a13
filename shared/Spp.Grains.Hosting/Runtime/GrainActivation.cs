namespace Spp.Grains.Hosting.Runtime;

/// <summary>
/// A grain in memory: its instance, what version of the stored state it holds, and the turn lock
/// that makes calls to it run one at a time in this process.
/// </summary>
internal sealed class GrainActivation(GrainTypeInfo type, string key, IGrainInstance instance, long lastUsedTicks)
{
    public GrainTypeInfo Type { get; } = type;

    public string Key { get; } = key;

    public string GrainId => $"{Type.Name}/{Key}";

    public IGrainInstance Instance { get; } = instance;

    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>False until loaded, and again after a failed call left the in-memory state unreliable.</summary>
    public bool Loaded { get; set; }

    public long Version { get; set; }

    public long LastSequence { get; set; }

    /// <summary>The state as last read or written, for the audit trail's before-and-after.</summary>
    public string? StoredJson { get; set; }

    /// <summary>Set under the turn lock when the activation leaves memory; a caller holding a stale reference retries.</summary>
    public bool Deactivated { get; set; }

    public long LastUsedTicks { get; set; } = lastUsedTicks;
}
