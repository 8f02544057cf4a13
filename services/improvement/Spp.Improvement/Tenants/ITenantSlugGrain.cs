using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <summary>
/// The owner of a slug, keyed by the slug: slugs are unique across the platform, and this grain is
/// the one place that decides who holds one (grains replace a unique index across grains).
/// </summary>
public interface ITenantSlugGrain : IGrainWithStringKey
{
    /// <summary>Claims the slug for <paramref name="tenantId"/>; false if another tenant holds it.</summary>
    Task<bool> Claim(Guid tenantId);

    /// <summary>The tenant holding the slug, if any.</summary>
    [ReadOnly]
    Task<Guid?> Owner();
}
