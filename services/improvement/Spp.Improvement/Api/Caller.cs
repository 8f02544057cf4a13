using System.Globalization;
using System.Security.Claims;
using Spp.Contracts.Identity;
using Spp.Tenancy;

namespace Spp.Improvement.Api;

/// <summary>
/// The signed-in person behind a request, as the gateway's internal token describes them: who,
/// in which tenant, with which tenant-level roles. Narrower roles (headteacher, reviewer on a
/// cycle…) are never here; grains work them out from their own state.
/// </summary>
public sealed class Caller
{
    private readonly HashSet<string> _roles;

    private Caller(Guid? personId, Guid? tenantId, IEnumerable<string> roles)
    {
        PersonId = personId;
        TenantId = tenantId;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
        SchoolUrns = [.. _roles
            .Where(r => r.StartsWith(PlatformRoles.SchoolMemberPrefix, StringComparison.Ordinal))
            .Select(r => int.TryParse(r.AsSpan(PlatformRoles.SchoolMemberPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var urn) ? urn : 0)
            .Where(urn => urn > 0)
            .Order()];
    }

    /// <summary>The person's id, or null for an anonymous caller or another service.</summary>
    public Guid? PersonId { get; }

    /// <summary>The tenant the gateway resolved, or null outside any tenant.</summary>
    public Guid? TenantId { get; }

    /// <summary>URNs of the schools the person is a member of in <see cref="TenantId"/>.</summary>
    public IReadOnlyList<int> SchoolUrns { get; }

    /// <summary>The national programme team.</summary>
    public bool IsNationalTeam => _roles.Contains(PlatformRoles.NationalTeam);

    /// <summary>An administrator of the resolved tenant.</summary>
    public bool IsTenantAdmin => TenantId is not null && _roles.Contains(PlatformRoles.TenantAdmin);

    /// <summary>A facilitator of the resolved tenant.</summary>
    public bool IsFacilitator => TenantId is not null && _roles.Contains(PlatformRoles.Facilitator);

    /// <summary>True when the person administers host <paramref name="hostId"/>.</summary>
    public bool IsHostAdminOf(Guid hostId) => _roles.Contains(PlatformRoles.HostAdminOf(hostId));

    /// <summary>True when the person is a member of school <paramref name="urn"/> in the resolved tenant.</summary>
    public bool IsMemberOfSchool(int urn) => TenantId is not null && _roles.Contains(PlatformRoles.SchoolMember(urn));

    /// <summary>The caller described by an internal token's principal.</summary>
    public static Caller From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        Guid? person = !principal.IsAnonymous() && principal.GetCallingService() is null && Guid.TryParse(principal.GetSubject(), out var id) ? id : null;
        return new Caller(person, principal.GetTenantId(), principal.FindAll(PlatformClaims.Role).Select(c => c.Value));
    }

    /// <summary>Minimal API binding: a <see cref="Caller"/> parameter is read from the request's user.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult<Caller?>(From(context.User));
}
