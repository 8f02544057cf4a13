namespace Spp.Grains;

/// <summary>The grain has never been created (HTTP 404).</summary>
public sealed class GrainNotFoundException(string what) : Exception($"{what} does not exist.");
