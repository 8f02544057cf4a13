using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <summary>A delivery-partner tenant, keyed by its id.</summary>
public interface ITenantGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Creates the tenant, onboarded by host <paramref name="hostId"/> when one is given; creating it
    /// again with the same slug, name and host returns it unchanged.
    /// </summary>
    Task<TenantView> Create(string slug, string name, Guid? hostId = null);

    /// <summary>The tenant as it is now.</summary>
    [ReadOnly]
    Task<TenantView> Get();

    /// <summary>Changes the display name.</summary>
    Task<TenantView> Rename(string name, string? ifMatch);

    /// <summary>Suspends the tenant: its members are refused until it is reinstated.</summary>
    Task<TenantView> Suspend(string reason, string? ifMatch);

    /// <summary>Lifts a suspension.</summary>
    Task<TenantView> Reinstate(string? ifMatch);
}
