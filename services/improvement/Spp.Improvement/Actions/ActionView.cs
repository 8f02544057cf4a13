using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>An action as the API shows it; overdue when its due date has passed and it is not done.</summary>
public sealed record ActionView(
    Guid Id,
    string Title,
    string? Description,
    Guid? OwnerId,
    DateOnly? DueOn,
    string? SuccessMeasure,
    string? Priority,
    ActionStatus Status,
    bool IsOverdue,
    IReadOnlyList<StatusUpdate> Updates)
{
    internal static ActionView Of(PlannedAction a, DateOnly today) =>
        new(a.Id, a.Title, a.Description, a.OwnerId, a.DueOn, a.SuccessMeasure, a.Priority, a.Status,
            a.DueOn < today && a.Status != ActionStatus.Done, a.Updates);
}
