namespace Spp.Grains.Hosting.Audit;

/// <summary>Reads the audit trail grain writes leave, and scrubs erased personal data from it.</summary>
public interface IAuditTrail
{
    /// <summary>
    /// Entries of one tenant (null: of grains that belong to no tenant, such as national reference
    /// data) after <paramref name="afterPosition"/>, oldest first, optionally of one grain type and key.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid? tenantId, string? grainType, string? grainKey, long afterPosition, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every recorded value equal to <paramref name="value"/> (e.g. an erased person's e-mail
    /// or name) with <paramref name="replacement"/>, wherever it appears in before/after values; the
    /// number of entries changed.
    /// </summary>
    Task<int> ScrubAsync(string value, string replacement, CancellationToken cancellationToken);
}
