using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// Who signed-in callers are on the platform, per (issuer, subject), kept for at most
/// <see cref="SignInOptions.CacheDuration"/>: removing a membership or granting a role is seen within
/// that time without asking the owning service on every request.
/// </summary>
internal sealed class SignInDirectory(ISignInLookup lookup, IOptions<SignInOptions> options, TimeProvider time)
{
    // Many distinct callers must not grow the cache without bound; past this many entries expired ones are swept.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<(string Issuer, string Subject), Entry> _cache = new();

    /// <inheritdoc cref="ISignInLookup.ResolveAsync"/>
    public async Task<Caller> ResolveAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = (request.Issuer, request.Subject);
        if (_cache.TryGetValue(key, out var cached) && cached.ExpiresAt > time.GetUtcNow())
        {
            return cached.Caller;
        }

        var caller = Caller.Of(await lookup.ResolveAsync(request, cancellationToken));
        if (_cache.Count >= SweepThreshold)
        {
            Sweep();
        }

        _cache[key] = new Entry(caller, time.GetUtcNow() + options.Value.CacheDuration);
        return caller;
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _cache)
        {
            if (entry.ExpiresAt <= now)
            {
                _cache.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(Caller Caller, DateTimeOffset ExpiresAt);
}
