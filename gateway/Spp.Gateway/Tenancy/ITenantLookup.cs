using Spp.Tenancy;

namespace Spp.Gateway.Tenancy;

/// <summary>Where the directory gets an answer it does not have cached: the service that owns tenants.</summary>
internal interface ITenantLookup
{
    /// <summary>The tenant with <paramref name="slug"/>, or <see langword="null"/> when there is none.</summary>
    /// <exception cref="TenantStoreUnavailableException">The owning service did not answer.</exception>
    Task<TenantInfo?> FetchAsync(string slug, CancellationToken cancellationToken);
}
