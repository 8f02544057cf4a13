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

        // Anonymous callers reach an active tenant (its services answer 401 where a person is needed).
        // A signed-in caller must be a member, the national team included: it sees tenants only in
        // aggregate. Only members learn that a tenant is suspended; to everyone else it does not exist.
        if (caller.IsAnonymous)
        {
            return tenant.Status == TenantStatus.Active ? new TenantAdmission(TenantAdmissionOutcome.Admitted, tenant) : TenantAdmission.NotFound;
        }

        if (!caller.IsMemberOf(tenant.Id))
        {
            return TenantAdmission.NotFound;
        }

        return new TenantAdmission(tenant.Status == TenantStatus.Active ? TenantAdmissionOutcome.Admitted : TenantAdmissionOutcome.Suspended, tenant);
    }
}
