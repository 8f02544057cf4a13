using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>An action of the plan as stored, with its dated status updates (newest last).</summary>
public sealed record PlannedAction(
    Guid Id,
    string Title,
    string? Description,
    Guid? OwnerId,
    DateOnly? DueOn,
    string? SuccessMeasure,
    string? Priority,
    ActionStatus Status,
    IReadOnlyList<StatusUpdate> Updates,
    Guid AddedBy,
    DateTimeOffset AddedAt);
