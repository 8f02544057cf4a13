namespace Spp.Grains;

/// <summary>A grain method that never changes state: it runs without a write, and raises no events.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
