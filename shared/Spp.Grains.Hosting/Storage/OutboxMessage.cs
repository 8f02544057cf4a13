namespace Spp.Grains.Hosting.Storage;

/// <summary>An outbox row read back for dispatch or replay.</summary>
/// <param name="Position">Its place in the whole log; per grain, positions follow sequence numbers.</param>
/// <param name="GrainType">The raising grain's type name.</param>
/// <param name="GrainKey">The raising grain's key.</param>
/// <param name="Entry">The event and its metadata.</param>
public sealed record OutboxMessage(long Position, string GrainType, string GrainKey, OutboxEntry Entry)
{
    /// <summary>The grain id as carried in the <c>Spp-Grain-Id</c> header.</summary>
    public string GrainId => $"{GrainType}/{GrainKey}";
}
