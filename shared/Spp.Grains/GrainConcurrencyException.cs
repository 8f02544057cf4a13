namespace Spp.Grains;

/// <summary>
/// A grain call kept losing the race for its write after every allowed retry. Rare, and safe to
/// retry: nothing of the call was stored.
/// </summary>
public sealed class GrainConcurrencyException(string grainId, int attempts)
    : Exception($"Grain {grainId}: the write conflicted {attempts} times in a row; nothing was stored.")
{
    /// <summary>The grain's id, <c>{type}/{key}</c>.</summary>
    public string GrainId { get; } = grainId;
}
