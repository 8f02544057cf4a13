using Spp.Grains;

namespace Spp.Improvement.People;

/// <inheritdoc cref="IPersonByEmailGrain"/>
/// <remarks>An index, not a domain change: the person grain raises the events.</remarks>
[GrainType("person-by-email")]
public sealed class PersonByEmailGrain : Grain<PersonByEmailState>, IPersonByEmailGrain
{
    public Task<Guid> Claim(Guid personId)
    {
        if (State.PersonId is { } holder)
        {
            LeaveUnchanged();
            return Task.FromResult(holder);
        }

        State.PersonId = personId;
        return Task.FromResult(personId);
    }

    public Task Release(Guid personId)
    {
        if (State.PersonId == personId)
        {
            State.PersonId = null;
        }
        else
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<Guid?> Owner() => Task.FromResult(State.PersonId);

    public Task AddInvitation(Guid invitationId)
    {
        if (State.PendingInvitations.Contains(invitationId))
        {
            LeaveUnchanged();
        }
        else
        {
            State.PendingInvitations.Add(invitationId);
        }

        return Task.CompletedTask;
    }

    public Task RemoveInvitation(Guid invitationId)
    {
        if (!State.PendingInvitations.Remove(invitationId))
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Guid>> PendingInvitations() => Task.FromResult<IReadOnlyList<Guid>>([.. State.PendingInvitations]);

    public Task GrantNationalTeam()
    {
        if (State.NationalTeamGranted)
        {
            LeaveUnchanged();
            return Task.CompletedTask;
        }

        State.NationalTeamGranted = true;
        return Task.CompletedTask;
    }

    public Task<bool> IsNationalTeamGranted() => Task.FromResult(State.NationalTeamGranted);
}
