namespace Spp.Improvement.Actions;

/// <summary>A value of a measure on a date: its baseline or its target.</summary>
public sealed record MeasurePoint(decimal Value, DateOnly On);
