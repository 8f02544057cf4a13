using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>An authorization request as the client made it to <c>/dev-issuer/authorize</c>.</summary>
internal sealed record AuthorizationRequest(string ClientId, string RedirectUri, string CodeChallenge, string? State, string? Nonce);

/// <summary>A code handed to the client, and what redeeming it yields.</summary>
internal sealed record IssuedCode(AuthorizationRequest Request, DevelopmentPerson Person, string Issuer, DateTimeOffset ExpiresAt);

/// <summary>Authorization codes in memory: random, short-lived, redeemable once.</summary>
internal sealed class AuthorizationCodes(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);

    public string Issue(AuthorizationRequest request, DevelopmentPerson person, string issuer)
    {
        var now = time.GetUtcNow();
        foreach (var (stale, entry) in _codes)
        {
            if (entry.ExpiresAt <= now)
            {
                _codes.TryRemove(stale, out _);
            }
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new IssuedCode(request, person, issuer, now + Lifetime);
        return code;
    }

    /// <summary>The code's grant, removed so it cannot be used again; null when unknown, used or expired.</summary>
    public IssuedCode? Redeem(string? code) =>
        code is not null && _codes.TryRemove(code, out var issued) && issued.ExpiresAt > time.GetUtcNow() ? issued : null;
}
