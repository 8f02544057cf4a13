using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>The partnerships of one tenant, keyed by the tenant id: what lists them (grains replace a query across grains).</summary>
public interface IPartnershipIndexGrain : IGrainWithGuidKey
{
    /// <summary>Records a partnership of the tenant; idempotent.</summary>
    Task Add(Guid partnershipId);

    /// <summary>Up to <paramref name="limit"/> partnership ids after <paramref name="after"/> (or from the first), in a stable order.</summary>
    [ReadOnly]
    Task<IdPage> List(Guid? after, int limit);
}

/// <summary>One page of ids; <paramref name="Last"/> is where the next page starts after, null when there is none.</summary>
public sealed record IdPage(IReadOnlyList<Guid> Ids, Guid? Last);
