using Spp.Grains;

namespace Spp.Improvement.People;

/// <inheritdoc cref="IIdentityLinkGrain"/>
/// <remarks>An index, not a domain change: the person grain raises the events.</remarks>
[GrainType("identity-link")]
public sealed class IdentityLinkGrain : Grain<IdentityLinkState>, IIdentityLinkGrain
{
    public Task<Guid> Link(Guid personId)
    {
        if (State.PersonId is { } linked)
        {
            LeaveUnchanged();
            return Task.FromResult(linked);
        }

        State.PersonId = personId;
        return Task.FromResult(personId);
    }

    public Task Unlink(Guid personId)
    {
        if (State.PersonId == personId)
        {
            State.PersonId = null;
            State.Generation++;
        }
        else
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<Guid?> Person() => Task.FromResult(State.PersonId);

    public Task<Guid> NewPersonId() => Task.FromResult(IdentityLinkKey.NewPersonId(GrainKey, State.Generation));
}
