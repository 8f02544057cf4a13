namespace Spp.Improvement.Policies;

/// <summary>One school term of a tenant's calendar (impact readings are due at least once in each).</summary>
public sealed record SchoolTerm(string Name, DateOnly Starts, DateOnly Ends);
