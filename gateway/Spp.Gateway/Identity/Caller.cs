using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>
/// Who is calling, as the platform's records know them: the person id (the internal token's
/// subject), their platform roles, and the tenants they belong to with the roles held in each.
/// </summary>
internal sealed record Caller(string Subject, IReadOnlyList<string> PlatformRoles, IReadOnlyDictionary<Guid, IReadOnlyList<string>> Memberships)
{
    public static Caller Anonymous { get; } = new(InternalToken.AnonymousSubject, [], new Dictionary<Guid, IReadOnlyList<string>>());

    public bool IsAnonymous => Subject == InternalToken.AnonymousSubject;

    /// <summary>The person the platform resolved, with only the roles of accepted shapes.</summary>
    public static Caller Of(SignInResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var memberships = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var membership in resolution.Memberships ?? [])
        {
            if (membership is not null && membership.TenantId != Guid.Empty)
            {
                memberships[membership.TenantId] = GrantedRoles.Tenant(membership.Roles);
            }
        }

        return new Caller(resolution.PersonId.ToString("D"), GrantedRoles.Platform(resolution.PlatformRoles), memberships);
    }

    public bool IsMemberOf(Guid tenantId) => !IsAnonymous && Memberships.ContainsKey(tenantId);

    /// <summary>The roles for the internal token: platform roles, plus those of the membership of <paramref name="tenantId"/> when given.</summary>
    public IReadOnlyList<string> RolesIn(Guid? tenantId) =>
        tenantId is { } id && Memberships.TryGetValue(id, out var tenantRoles)
            ? [.. PlatformRoles.Concat(tenantRoles).Distinct(StringComparer.Ordinal)]
            : PlatformRoles;
}
