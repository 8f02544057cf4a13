using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>What an e-mail address grain stores (never the address itself: the key is its hash).</summary>
[GrainState(1)]
public sealed class PersonByEmailState
{
    public Guid? PersonId { get; set; }

    public List<Guid> PendingInvitations { get; set; } = [];

    public bool NationalTeamGranted { get; set; }
}
