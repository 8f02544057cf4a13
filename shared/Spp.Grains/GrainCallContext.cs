namespace Spp.Grains;

/// <summary>
/// Who is acting in the current call chain (a person id, or a service or command name), flowing with
/// the async context into every grain call so each stored change is attributable.
/// </summary>
public static class GrainCallContext
{
    private static readonly AsyncLocal<string?> CurrentActor = new();

    /// <summary>The actor of the current call chain, or null when none was named.</summary>
    public static string? Actor => CurrentActor.Value;

    /// <summary>Names the actor until the returned scope is disposed.</summary>
    public static IDisposable ActAs(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
