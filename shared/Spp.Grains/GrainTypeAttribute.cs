namespace Spp.Grains;

/// <summary>
/// The stable name a grain class is stored under. Set it once and never change it: stored state
/// and the outbox refer to it (renaming the class must not orphan the data).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The stored name, e.g. <c>tenant</c>.</summary>
    public string Name { get; } = name;
}
