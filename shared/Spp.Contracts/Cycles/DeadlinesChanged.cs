namespace Spp.Contracts.Cycles;

/// <summary>A cycle's deadlines were (re)computed because a date they depend on was set, from the tenant's policy.</summary>
public sealed record DeadlinesChanged(Guid CycleId, Guid TenantId, IReadOnlyDictionary<string, DateOnly> Deadlines);
