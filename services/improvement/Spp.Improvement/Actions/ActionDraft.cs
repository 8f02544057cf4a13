namespace Spp.Improvement.Actions;

/// <summary>
/// A new action as the Improvement Champion drafts it with staff. Only the title is needed to start;
/// owner, due date and success measure are needed before the headteacher can agree the plan.
/// </summary>
public sealed record ActionDraft(string Title, string? Description, Guid? OwnerId, DateOnly? DueOn, string? SuccessMeasure, string? Priority);
