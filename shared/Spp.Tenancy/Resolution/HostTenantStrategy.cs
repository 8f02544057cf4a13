using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy.Resolution;

/// <summary>
/// Finds the tenant in a host name of the form <c>{slug}.{baseDomain}</c>. Only one label may
/// stand before the base domain, so <c>a.b.spp.example</c> names no tenant.
/// </summary>
/// <param name="baseDomain">The platform's base domain (<c>Gateway:BaseDomain</c>); when empty, host names never name a tenant.</param>
public sealed class HostTenantStrategy(string? baseDomain) : ITenantResolutionStrategy
{
    private readonly string? _suffix = string.IsNullOrWhiteSpace(baseDomain)
        ? null
        : "." + baseDomain.Trim().TrimEnd('.').ToLowerInvariant();

    /// <inheritdoc />
    public TenantSlugMatch? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_suffix is null || !request.Host.HasValue)
        {
            return null;
        }

        // Host names are case-insensitive; slugs are lowercase.
        var host = request.Host.Host.TrimEnd('.').ToLowerInvariant();
        if (!host.EndsWith(_suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var label = host.AsSpan(0, host.Length - _suffix.Length);
        return !label.Contains('.') && TenantSlug.IsValid(label)
            ? new TenantSlugMatch(label.ToString(), PathString.Empty)
            : null;
    }
}
