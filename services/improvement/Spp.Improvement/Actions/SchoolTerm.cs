namespace Spp.Improvement.Actions;

/// <summary>A school term, e.g. "Autumn 2026", both dates included.</summary>
public sealed record SchoolTerm(string Name, DateOnly Starts, DateOnly Ends)
{
    /// <summary>True when <paramref name="day"/> falls in the term.</summary>
    public bool Contains(DateOnly day) => day >= Starts && day <= Ends;
}
