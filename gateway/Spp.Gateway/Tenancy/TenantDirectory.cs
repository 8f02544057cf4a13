using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Spp.Tenancy;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// The gateway's <see cref="ITenantStore"/>: slug → tenant answers from the owning service, cached
/// (found and not found alike) for at most <see cref="TenantDirectoryOptions.CacheDuration"/> and
/// evicted early by tenant events, so a suspension applies within the cache time even if an event is lost.
/// </summary>
internal sealed class TenantDirectory(ITenantLookup lookup, IOptions<TenantDirectoryOptions> options, TimeProvider time) : ITenantStore
{
    // Random slugs must not grow the cache without bound; past this many entries expired ones are swept.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, TenantDirectoryCacheEntry> _bySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, string> _slugById = new();
    private long _evictions;

    public async Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        if (!TenantSlug.IsValid(slug))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (_bySlug.TryGetValue(slug, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Tenant;
        }

        var evictionsBefore = Interlocked.Read(ref _evictions);
        var tenant = await lookup.FetchAsync(slug, cancellationToken);

        // An event that arrived while the lookup was in flight may describe a newer state than the
        // answer; keeping that answer could undo the eviction, so it is used once and not cached.
        if (Interlocked.Read(ref _evictions) == evictionsBefore)
        {
            Store(slug, tenant, time.GetUtcNow() + options.Value.CacheDuration);
        }

        return tenant;
    }

    /// <summary>Forgets what is known about a tenant (by id), and about <paramref name="slug"/> when given.</summary>
    public void Evict(Guid tenantId, string? slug = null)
    {
        Interlocked.Increment(ref _evictions);
        if (_slugById.TryRemove(tenantId, out var knownSlug))
        {
            _bySlug.TryRemove(knownSlug, out _);
        }

        if (slug is not null)
        {
            _bySlug.TryRemove(slug, out _);
        }
    }

    private void Store(string slug, TenantInfo? tenant, DateTimeOffset expiresAt)
    {
        if (_bySlug.Count >= SweepThreshold)
        {
            Sweep();
        }

        _bySlug[slug] = new TenantDirectoryCacheEntry(tenant, expiresAt);
        if (tenant is not null)
        {
            _slugById[tenant.Id] = slug;
        }
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (slug, entry) in _bySlug)
        {
            if (entry.ExpiresAt <= now)
            {
                _bySlug.TryRemove(slug, out _);
            }
        }
    }
}
