using Spp.Contracts.Tenants;
using Spp.Gateway.Identity;
using Spp.Tenancy;
using Spp.Tenancy.Resolution;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// Finbuckle's strategy and store roles in sequence: which slug a request names (first strategy
/// that finds one, path before host name), then whether that tenant exists and may be entered.
/// </summary>
internal sealed class TenantGate(IEnumerable<ITenantResolutionStrategy> strategies, ITenantStore store)
{
    private readonly ITenantResolutionStrategy[] _strategies = [.. strategies];

    public TenantSlugMatch? Resolve(HttpRequest request)
    {
        foreach (var strategy in _strategies)
        {
            if (strategy.Resolve(request) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <exception cref="TenantStoreUnavailableException">The owning service did not answer.</exception>
    public async Task<TenantAdmission> AdmitAsync(string slug, Caller caller, CancellationToken cancellationToken)
    {
        var tenant = await store.FindBySlugAsync(slug, cancellationToken);
        if (tenant is null)
        {
            return TenantAdmission.NotFound;
        }

        if (tenant.Status == TenantStatus.Active)
        {
            return new TenantAdmission(TenantAdmissionOutcome.Admitted, tenant);
        }

        return TenantMembership.IsMember(caller, tenant)
            ? new TenantAdmission(TenantAdmissionOutcome.Suspended, tenant)
            : TenantAdmission.NotFound;
    }
}
