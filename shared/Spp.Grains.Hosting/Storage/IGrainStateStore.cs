namespace Spp.Grains.Hosting.Storage;

/// <summary>Stores grain state with optimistic concurrency and writes the outbox with it.</summary>
public interface IGrainStateStore
{
    /// <summary>
    /// The grain's stored state, or null when nothing is stored — or when the stored version is
    /// still <paramref name="knownVersion"/> (the caller's copy is current; nothing to transfer).
    /// </summary>
    Task<StoredGrainState?> ReadIfChangedAsync(string grainType, string grainKey, long? knownVersion, CancellationToken cancellationToken);

    /// <summary>Writes state and events atomically; false (and nothing written) if the version moved on.</summary>
    Task<bool> TryWriteAsync(GrainWrite write, CancellationToken cancellationToken);
}
