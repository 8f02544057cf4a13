namespace Spp.Grains;

/// <summary>
/// Marks a state property whose value may mention pupils or other personal content (evidence notes,
/// findings, file names): the audit trail records that it changed, never what it said, so the
/// content lives in one place only and retention and erasure can remove it there.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class AuditRedactedAttribute : Attribute;
