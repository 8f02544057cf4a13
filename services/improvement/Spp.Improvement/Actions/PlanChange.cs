namespace Spp.Improvement.Actions;

/// <summary>What a change to the plan produced, with the plan's ETag after it.</summary>
public sealed record PlanChange<T>(T Item, string ETag);
