using Spp.Grains;

namespace Spp.Improvement.Indexes;

/// <summary>
/// A set of ids kept in order for paging, keyed by what it lists (see <see cref="IdIndexKeys"/>):
/// the members of a tenant, its invitations, its partnerships, a partnership's rounds, the hosts, a host's tenants. At the platform's scale
/// (tens of thousands of people, a few hundred tenants) one grain per list is enough.
/// </summary>
public interface IIdIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="id"/>; idempotent.</summary>
    Task Add(Guid id);

    /// <summary>Removes <paramref name="id"/>; idempotent.</summary>
    Task Remove(Guid id);

    /// <summary>True when <paramref name="id"/> is in the set.</summary>
    [ReadOnly]
    Task<bool> Contains(Guid id);

    /// <summary>Up to <paramref name="limit"/> ids after <paramref name="after"/> (from the start when null), in order.</summary>
    [ReadOnly]
    Task<IdPage> Page(Guid? after, int limit);
}

/// <summary>A page of ids; <see cref="Next"/> is the id to continue after, null on the last page.</summary>
public sealed record IdPage(IReadOnlyList<Guid> Ids, Guid? Next);

/// <summary>The keys of the <see cref="IIdIndexGrain"/>s.</summary>
public static class IdIndexKeys
{
    /// <summary>Every host organisation.</summary>
    public const string Hosts = "hosts";

    /// <summary>The members of a tenant.</summary>
    public static string MembersOf(Guid tenantId) => $"tenant-members/{tenantId:N}";

    /// <summary>The invitations of a tenant.</summary>
    public static string InvitationsOf(Guid tenantId) => $"tenant-invitations/{tenantId:N}";

    /// <summary>The partnerships of a tenant.</summary>
    public static string PartnershipsOf(Guid tenantId) => $"tenant-partnerships/{tenantId:N}";

    /// <summary>The rounds of a partnership.</summary>
    public static string RoundsOf(Guid partnershipId) => $"partnership-rounds/{partnershipId:N}";

    /// <summary>The tenants a host onboarded.</summary>
    public static string TenantsOf(Guid hostId) => $"host-tenants/{hostId:N}";
}
