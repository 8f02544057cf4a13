using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>A dated report of an action's status by its owner (or the headteacher).</summary>
public sealed record StatusUpdate(Guid Id, ActionStatus Status, string? Note, Guid ReportedBy, DateTimeOffset ReportedAt);
