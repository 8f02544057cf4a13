namespace Spp.Contracts.Cycles;

/// <summary>A tenant replaced its term calendar (impact readings are due once per term).</summary>
public sealed record TermCalendarChanged(Guid TenantId, IReadOnlyList<TermDates> Terms);

/// <summary>One school term.</summary>
public sealed record TermDates(string Name, DateOnly Starts, DateOnly Ends);
