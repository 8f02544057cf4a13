using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>What an identity-link grain stores.</summary>
[GrainState(1)]
public sealed class IdentityLinkState
{
    public Guid? PersonId { get; set; }
}
