using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy.Resolution;

/// <summary>
/// The strategy role: reads which tenant a request names, without deciding whether that tenant
/// exists (that is the store's job).
/// </summary>
public interface ITenantResolutionStrategy
{
    /// <summary>The slug <paramref name="request"/> names, or <see langword="null"/> when it names none (or a malformed one).</summary>
    TenantSlugMatch? Resolve(HttpRequest request);
}
