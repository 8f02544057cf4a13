namespace Spp.Improvement.Cycles;

/// <summary>
/// Who is asking, as the internal token says: the person, the tenant they are in and their
/// tenant-level standing. Narrower roles on the cycle are worked out by the grain from its state.
/// </summary>
public sealed record CycleCaller(Guid PersonId, Guid TenantId, bool IsTenantAdmin, IReadOnlyList<int> SchoolUrns);
