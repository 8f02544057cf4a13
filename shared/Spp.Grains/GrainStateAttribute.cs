namespace Spp.Grains;

/// <summary>
/// The schema version of a grain state record. Changes are additive (new members with defaults);
/// a change that needs old data rewritten bumps the version and implements <see cref="IUpgradableState"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainStateAttribute(int version) : Attribute
{
    /// <summary>The version of the state as this code writes it.</summary>
    public int Version { get; } = version;
}
