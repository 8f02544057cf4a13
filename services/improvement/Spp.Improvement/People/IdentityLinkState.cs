using Spp.Grains;

namespace Spp.Improvement.People;

/// <summary>What an identity-link grain stores.</summary>
[GrainState(1)]
public sealed class IdentityLinkState
{
    public Guid? PersonId { get; set; }

    /// <summary>How many times the link was dropped; new person ids differ per generation.</summary>
    public int Generation { get; set; }
}
