using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;

namespace Spp.Tenancy.Tokens;

/// <summary>
/// Mints internal tokens (HS256): the gateway's per-request token for services, and the
/// service-to-service token a service presents to another on internal routes.
/// </summary>
public sealed class InternalTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the issuer from validated <see cref="InternalTokenOptions"/>.</summary>
    public InternalTokenIssuer(IOptions<InternalTokenOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credentials = new SigningCredentials(InternalTokenKey.Create(options.Value), SecurityAlgorithms.HmacSha256);
        _lifetime = options.Value.Lifetime;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// A token for a request the gateway forwards: audience <see cref="InternalToken.ServicesAudience"/>.
    /// </summary>
    /// <param name="subject">The person id, or <see cref="InternalToken.AnonymousSubject"/>.</param>
    /// <param name="tenantId">The resolved tenant, or <see langword="null"/> outside any tenant.</param>
    /// <param name="roles">Tenant-level roles (<see cref="PlatformRoles"/>); may be empty.</param>
    public string Issue(string subject, Guid? tenantId, IEnumerable<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(roles);
        var claims = new Dictionary<string, object> { [PlatformClaims.Subject] = subject };
        if (tenantId is { } id)
        {
            claims[PlatformClaims.TenantId] = id.ToString("D");
        }

        var roleList = roles.Distinct(StringComparer.Ordinal).ToArray();
        if (roleList.Length > 0)
        {
            claims[PlatformClaims.Role] = roleList;
        }

        return Create(InternalToken.ServicesAudience, claims);
    }

    /// <summary>
    /// A service-to-service token: the subject is <paramref name="callingService"/> and the
    /// audience <paramref name="audienceService"/>, so it is accepted by that service only.
    /// </summary>
    public string IssueForService(string callingService, string audienceService)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callingService);
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceService);
        if (audienceService == InternalToken.ServicesAudience)
        {
            throw new ArgumentException("A service-to-service token names the called service, not every service.", nameof(audienceService));
        }

        return Create(audienceService, new Dictionary<string, object> { [PlatformClaims.Subject] = callingService });
    }

    private string Create(string audience, Dictionary<string, object> claims)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = InternalToken.Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            Claims = claims,
            SigningCredentials = _credentials,
        });
    }
}
