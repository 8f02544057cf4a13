namespace Spp.Grains;

/// <summary>What a finished turn leaves to store.</summary>
/// <param name="Events">The events it raised, in order.</param>
/// <param name="Write">False for read-only turns and turns that left the state unchanged.</param>
public sealed record TurnOutcome(IReadOnlyList<object> Events, bool Write);
