namespace Spp.Improvement.Actions;

/// <summary>A change to a drafted action: each field given replaces the current one, a null field stays as it is.</summary>
public sealed record ActionEdit(string? Title, string? Description, Guid? OwnerId, DateOnly? DueOn, string? SuccessMeasure, string? Priority);
