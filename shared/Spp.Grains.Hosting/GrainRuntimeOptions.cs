namespace Spp.Grains.Hosting;

/// <summary>Settings of the grain runtime (section <c>Grains</c>).</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>An activation unused this long leaves memory (its state stays stored).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many activations stay in memory; the least recently used idle ones leave first.</summary>
    public int MaxActivations { get; set; } = 50_000;

    /// <summary>How often idle activations are collected.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a call is re-run on fresh state when another instance wrote first.</summary>
    public int MaxWriteAttempts { get; set; } = 50;
}
