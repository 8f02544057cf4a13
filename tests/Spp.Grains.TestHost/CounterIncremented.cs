namespace Spp.Grains.TestHost;

/// <summary>A counter went up by one.</summary>
public sealed record CounterIncremented(string Counter, Guid CommandId, long Value);
