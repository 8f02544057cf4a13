using Spp.Contracts.Tenants;
using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <inheritdoc cref="ITenantGrain"/>
[GrainType("tenant")]
public sealed class TenantGrain(IGrainFactory grains, TimeProvider time) : Grain<TenantState>, ITenantGrain
{
    protected override Guid? EventTenantId => GetPrimaryKey();

    public async Task<TenantView> Create(string slug, string name, Guid? hostId = null)
    {
        TenantRules.EnsureValid(slug, name);
        if (Exists)
        {
            if (State.Slug != slug || State.Name != name || State.HostId != hostId)
            {
                throw new RuleViolationException("tenant-exists", "A different tenant already exists with this id.");
            }

            // A retried create: the first result, unchanged, ETag included.
            LeaveUnchanged();
            return View();
        }

        if (!await grains.GetGrain<ITenantSlugGrain>(slug).Claim(GetPrimaryKey()))
        {
            throw new RuleViolationException("tenant-slug-taken", $"The slug '{slug}' is already used by another tenant.");
        }

        State.Slug = slug;
        State.Name = name;
        State.Status = TenantStatus.Active;
        State.CreatedAt = time.GetUtcNow();
        State.HostId = hostId;
        Raise(new TenantCreated(GetPrimaryKey(), slug, name, hostId));
        return View();
    }

    public Task<TenantView> Get() => Task.FromResult(EnsureExists().View());

    public Task<TenantView> Rename(string name, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        TenantRules.EnsureValidName(name);
        if (State.Name == name)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.Name = name;
        Raise(new TenantRenamed(GetPrimaryKey(), name));
        return Task.FromResult(View());
    }

    public Task<TenantView> Suspend(string reason, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.Status == TenantStatus.Suspended)
        {
            throw new InvalidTransitionException(nameof(TenantStatus.Suspended), "suspend");
        }

        State.Status = TenantStatus.Suspended;
        State.SuspensionReason = reason;
        Raise(new TenantSuspended(GetPrimaryKey(), reason));
        return Task.FromResult(View());
    }

    public Task<TenantView> Reinstate(string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.Status == TenantStatus.Active)
        {
            throw new InvalidTransitionException(nameof(TenantStatus.Active), "reinstate");
        }

        State.Status = TenantStatus.Active;
        State.SuspensionReason = null;
        Raise(new TenantReinstated(GetPrimaryKey()));
        return Task.FromResult(View());
    }

    private TenantGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The tenant");

    private TenantView View() => new(GetPrimaryKey(), State.Slug, State.Name, State.Status, State.SuspensionReason, State.CreatedAt, ETag, State.HostId);
}
