namespace Spp.Improvement.Actions;

/// <summary>
/// An offer (a partner school to this school) or a request (this school to a partner school) of
/// support, tied to one action of the plan. Which one it is follows from the two URNs.
/// </summary>
public sealed record SupportProposal(int FromUrn, int ToUrn, Guid ActionId, string Description);
