namespace Spp.Messaging;

/// <summary>The tenant of the message being consumed, restored from its headers (scoped to the consume).</summary>
public sealed class MessageTenant
{
    /// <summary>The tenant id, or null for national reference data.</summary>
    public Guid? TenantId { get; internal set; }
}
