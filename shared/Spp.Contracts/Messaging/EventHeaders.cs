namespace Spp.Contracts.Messaging;

/// <summary>
/// Message headers every integration event travels with. The event body holds the domain
/// fields only; where the event came from and its place in that grain's history travel here,
/// set by the outbox dispatcher from the outbox row.
/// </summary>
public static class EventHeaders
{
    /// <summary>The tenant the event belongs to (GUID), or absent for national reference data.</summary>
    public const string TenantId = "Spp-Tenant-Id";

    /// <summary>The grain that raised the event, as <c>{grain type}/{key}</c>.</summary>
    public const string GrainId = "Spp-Grain-Id";

    /// <summary>The event's 1-based sequence number within its grain.</summary>
    public const string Sequence = "Spp-Grain-Sequence";

    /// <summary>When the grain raised the event (ISO 8601 UTC).</summary>
    public const string OccurredAt = "Spp-Occurred-At";

    /// <summary>Set on events re-published from the outbox log for a rebuilding consumer.</summary>
    public const string Replay = "Spp-Replay";
}
