using Spp.Contracts.Actions;
using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>An action of the plan as stored, with its dated status updates (newest last).</summary>
public sealed record PlannedAction(
    Guid Id,
    [property: AuditRedacted] string Title,
    [property: AuditRedacted] string? Description,
    Guid? OwnerId,
    DateOnly? DueOn,
    [property: AuditRedacted] string? SuccessMeasure,
    string? Priority,
    ActionStatus Status,
    IReadOnlyList<StatusUpdate> Updates,
    Guid AddedBy,
    DateTimeOffset AddedAt);
