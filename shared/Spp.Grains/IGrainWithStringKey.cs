namespace Spp.Grains;

/// <summary>A grain identified by a string (e.g. a school by its URN).</summary>
public interface IGrainWithStringKey : IGrain;
