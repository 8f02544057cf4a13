namespace Spp.Contracts.Actions;

/// <summary>An action's owner (or the headteacher) reported a new status; the note stays in the plan.</summary>
public sealed record ActionStatusChanged(Guid TenantId, Guid CycleId, int Urn, Guid ActionId, Guid UpdateId, ActionStatus Status, Guid ReportedBy, DateTimeOffset ReportedAt);
