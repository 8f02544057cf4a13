namespace Spp.Improvement.Actions;

/// <summary>A reading of a measure taken on a day, with an optional note.</summary>
public sealed record ReadingInput(decimal Value, DateOnly TakenOn, string? Note);
