namespace Spp.Grains;

/// <summary>A grain identified by a GUID (tenants, partnerships, review cycles…).</summary>
public interface IGrainWithGuidKey : IGrain;
