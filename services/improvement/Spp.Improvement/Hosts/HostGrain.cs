using Spp.Contracts.Hosts;
using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;

namespace Spp.Improvement.Hosts;

/// <inheritdoc cref="IHostGrain"/>
[GrainType("host")]
public sealed class HostGrain(IGrainFactory grains, TimeProvider time) : Grain<HostState>, IHostGrain
{
    public async Task<HostView> Create(string name, HostKind kind)
    {
        if (TenantRules.NameProblem(name) is not null || !Enum.IsDefined(kind))
        {
            throw new RuleViolationException("host-invalid", "A host needs a valid name and kind.");
        }

        if (Exists)
        {
            if (State.Name != name || State.Kind != kind)
            {
                throw new RuleViolationException("host-exists", "A different host already exists with this id.");
            }

            LeaveUnchanged();
            await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.Hosts).Add(GetPrimaryKey());
            return View();
        }

        State.Name = name;
        State.Kind = kind;
        State.Status = HostStatus.Active;
        State.CreatedAt = time.GetUtcNow();
        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.Hosts).Add(GetPrimaryKey());
        Raise(new HostCreated(GetPrimaryKey(), name, kind.ToString()));
        return View();
    }

    public Task<HostView> Get() => Task.FromResult(EnsureExists().View());

    public Task<HostView> Update(string? name, HostStatus? status, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (name is not null && TenantRules.NameProblem(name) is { } problem)
        {
            throw new RuleViolationException("host-name-invalid", problem);
        }

        var changed = false;
        if (name is not null && name != State.Name)
        {
            State.Name = name;
            Raise(new HostRenamed(GetPrimaryKey(), name));
            changed = true;
        }

        if (status is { } newStatus && newStatus != State.Status)
        {
            State.Status = newStatus;
            Raise(new HostStatusChanged(GetPrimaryKey(), newStatus.ToString()));
            changed = true;
        }

        if (!changed)
        {
            LeaveUnchanged();
        }

        return Task.FromResult(View());
    }

    private HostGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The host");

    private HostView View() => new(GetPrimaryKey(), State.Name, State.Kind, State.Status, State.CreatedAt, ETag);
}
