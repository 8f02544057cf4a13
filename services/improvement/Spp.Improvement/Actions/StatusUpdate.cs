using Spp.Contracts.Actions;
using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>A dated report of an action's status by its owner (or the headteacher).</summary>
public sealed record StatusUpdate(Guid Id, ActionStatus Status, [property: AuditRedacted] string? Note, Guid ReportedBy, DateTimeOffset ReportedAt);
