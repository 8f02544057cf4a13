using Spp.Contracts.People;
using Spp.Grains;

namespace Spp.Improvement.People;

/// <inheritdoc cref="IPersonGrain"/>
[GrainType("person")]
public sealed class PersonGrain(IGrainFactory grains, TimeProvider time) : Grain<PersonState>, IPersonGrain
{
    public Task<PersonView> Get() => Task.FromResult(EnsureExists().View());

    public Task<TenantMembershipView?> MembershipIn(Guid tenantId) =>
        Task.FromResult(Exists && Find(tenantId) is { } membership ? ViewOf(membership) : null);

    public Task NoteCycle(Guid tenantId, Guid cycleId)
    {
        EnsureExists();
        var involvement = new CycleInvolvement(tenantId, cycleId);
        if (State.Cycles.Contains(involvement))
        {
            LeaveUnchanged();
        }
        else
        {
            State.Cycles.Add(involvement);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CycleInvolvement>> Cycles() => Task.FromResult<IReadOnlyList<CycleInvolvement>>([.. EnsureExists().State.Cycles]);

    public Task<PersonView> Register(string? email, string? displayName)
    {
        if (Exists)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        if (email is not null && EmailAddress.Problem(email) is not null)
        {
            throw new RuleViolationException("person-email-invalid", "A person's e-mail address must be valid.");
        }

        State.Email = email is null ? string.Empty : EmailAddress.Normalise(email);
        State.DisplayName = PersonRules.DisplayNameFor(displayName, email);
        State.RegisteredAt = time.GetUtcNow();
        Raise(new PersonRegistered(GetPrimaryKey()));
        return Task.FromResult(View());
    }

    public Task LinkIdentity(string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        EnsureExists();
        if (State.IdentityLinks.Contains(identity, StringComparer.Ordinal))
        {
            LeaveUnchanged();
        }
        else
        {
            State.IdentityLinks.Add(identity);
        }

        return Task.CompletedTask;
    }

    public Task<PersonView> Grant(RoleGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        EnsureExists();
        if (!grant.IsWellFormed)
        {
            throw new RuleViolationException("role-grant-invalid", "The role does not name what it applies to.");
        }

        if (grant.Kind == RoleGrantKind.HostAdmin)
        {
            var hostId = grant.HostId!.Value;
            if (State.HostsAdministered.Contains(hostId))
            {
                LeaveUnchanged();
                return Task.FromResult(View());
            }

            State.HostsAdministered.Add(hostId);
            Raise(new HostAdministrationGranted(GetPrimaryKey(), hostId));
            return Task.FromResult(View());
        }

        var tenantId = grant.TenantId!.Value;
        var current = Find(tenantId);
        var isTenantAdmin = current?.IsTenantAdmin == true || grant.Kind == RoleGrantKind.TenantAdmin;
        var isFacilitator = current?.IsFacilitator == true || grant.Kind == RoleGrantKind.Facilitator;
        var schools = current?.Schools.ToList() ?? [];
        if (grant.Kind == RoleGrantKind.SchoolMember)
        {
            // An invitation to a school the person is already in sets their role there.
            schools.RemoveAll(s => s.Urn == grant.Urn);
            schools.Add(new SchoolMembershipView(grant.Urn!.Value, grant.SchoolRole!.Value));
        }

        return Task.FromResult(Apply(tenantId, isTenantAdmin, isFacilitator, schools));
    }

    public Task<PersonView> GrantNationalTeam()
    {
        EnsureExists();
        if (State.IsNationalTeam)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.IsNationalTeam = true;
        Raise(new NationalTeamGranted(GetPrimaryKey()));
        return Task.FromResult(View());
    }

    public Task<PersonView> SetRoles(Guid tenantId, bool isTenantAdmin, bool isFacilitator, IReadOnlyList<SchoolMembershipView> schools, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(schools);
        EnsureExists().EnsureETag(ifMatch);
        if (Find(tenantId) is null)
        {
            throw new GrainNotFoundException("The member");
        }

        PersonRules.EnsureValidRoles(isTenantAdmin, isFacilitator, schools);
        return Task.FromResult(Apply(tenantId, isTenantAdmin, isFacilitator, [.. schools]));
    }

    public Task<PersonView> RemoveMembership(Guid tenantId, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        var membership = Find(tenantId) ?? throw new GrainNotFoundException("The member");
        State.Memberships.Remove(membership);
        Raise(new MembershipRemoved(GetPrimaryKey(), tenantId));
        return Task.FromResult(View());
    }

    public Task<PersonExport> Export()
    {
        EnsureExists();
        return Task.FromResult(new PersonExport(
            GetPrimaryKey(),
            State.Email,
            State.DisplayName,
            State.IsNationalTeam,
            [.. State.HostsAdministered],
            [.. State.Memberships.Select(ViewOf)],
            [.. State.Cycles],
            [.. State.IdentityLinks],
            State.RegisteredAt,
            State.ErasedAt,
            ETag));
    }

    public async Task<PersonView> Erase(string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.ErasedAt is not null)
        {
            throw new InvalidTransitionException("Erased", "erase");
        }

        // The indexes first: if this turn is re-run or fails after them, they are already released
        // (both calls are idempotent), and the person is only marked erased once nothing points here.
        var id = GetPrimaryKey();
        foreach (var identity in State.IdentityLinks)
        {
            await grains.GetGrain<IIdentityLinkGrain>(IdentityLinkKey.For(identity)).Unlink(id);
        }

        if (State.Email.Length > 0)
        {
            await grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(State.Email)).Release(id);
        }

        State.Email = string.Empty;
        State.DisplayName = PersonRules.ErasedDisplayName;
        State.IdentityLinks.Clear();
        State.ErasedAt = time.GetUtcNow();
        Raise(new PersonErased(id));
        return View();
    }

    /// <summary>Stores the roles of one membership and raises what changed.</summary>
    private PersonView Apply(Guid tenantId, bool isTenantAdmin, bool isFacilitator, List<SchoolMembershipView> schools)
    {
        schools.Sort((a, b) => a.Urn.CompareTo(b.Urn));
        var current = Find(tenantId);
        if (current is not null && current.IsTenantAdmin == isTenantAdmin && current.IsFacilitator == isFacilitator && current.Schools.SequenceEqual(schools))
        {
            LeaveUnchanged();
            return View();
        }

        var membership = current ?? new MembershipState { TenantId = tenantId, GrantedAt = time.GetUtcNow() };
        membership.IsTenantAdmin = isTenantAdmin;
        membership.IsFacilitator = isFacilitator;
        membership.Schools = schools;
        var view = ViewOf(membership);
        if (current is null)
        {
            State.Memberships.Add(membership);
            Raise(new MembershipGranted(GetPrimaryKey(), tenantId, MembershipRoles.Of(view), MembershipRoles.SchoolRolesOf(view)));
        }
        else
        {
            Raise(new MembershipChanged(GetPrimaryKey(), tenantId, MembershipRoles.Of(view), MembershipRoles.SchoolRolesOf(view)));
        }

        return View();
    }

    private MembershipState? Find(Guid tenantId) => State.Memberships.Find(m => m.TenantId == tenantId);

    private PersonGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The person");

    private static TenantMembershipView ViewOf(MembershipState m) => new(m.TenantId, m.IsTenantAdmin, m.IsFacilitator, [.. m.Schools]);

    private PersonView View() => new(
        GetPrimaryKey(), State.Email, State.DisplayName, State.IsNationalTeam, [.. State.HostsAdministered], [.. State.Memberships.Select(ViewOf)], ETag);
}
