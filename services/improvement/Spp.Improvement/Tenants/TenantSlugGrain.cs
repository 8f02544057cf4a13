using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <inheritdoc cref="ITenantSlugGrain"/>
[GrainType("tenant-slug")]
public sealed class TenantSlugGrain : Grain<TenantSlugState>, ITenantSlugGrain
{
    public Task<bool> Claim(Guid tenantId)
    {
        if (State.TenantId is { } holder && holder != tenantId)
        {
            return Task.FromResult(false);
        }

        State.TenantId = tenantId;
        return Task.FromResult(true);
    }

    public Task<Guid?> Owner() => Task.FromResult(State.TenantId);
}
