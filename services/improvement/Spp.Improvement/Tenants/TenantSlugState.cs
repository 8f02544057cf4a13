using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <summary>Who holds a slug.</summary>
[GrainState(1)]
public sealed class TenantSlugState
{
    public Guid? TenantId { get; set; }
}
