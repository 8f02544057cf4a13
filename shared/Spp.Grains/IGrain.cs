namespace Spp.Grains;

/// <summary>Marks a grain interface. Grain interfaces expose only <see cref="Task"/>-returning methods.</summary>
public interface IGrain;
