using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>An unfinished action as its owner's "what's next" lists it.</summary>
public sealed record OwnedAction(Guid ActionId, string Title, DateOnly? DueOn, ActionStatus Status);
