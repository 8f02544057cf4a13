using System.Globalization;

namespace Spp.Grains;

/// <summary>
/// A grain: a key, a state record and methods. Its methods are the only way to change the state;
/// the runtime runs them one at a time, stores the state with the events they raise in one
/// transaction, and re-runs a method on fresh state if another instance wrote first.
/// </summary>
/// <typeparam name="TState">The state record, serialised as JSON and versioned with <see cref="GrainStateAttribute"/>.</typeparam>
public abstract class Grain<TState> : IGrainInstance
    where TState : class, new()
{
    private readonly List<object> raised = [];
    private string key = string.Empty;
    private long storedVersion;
    private bool writing;

    /// <summary>The state as of this turn. Changes made by a method are stored when the method returns.</summary>
    protected TState State { get; private set; } = new();

    /// <summary>The grain's key as a string.</summary>
    protected string GrainKey => key;

    /// <summary>True once the grain's state has been stored at least once.</summary>
    protected bool Exists => storedVersion > 0;

    /// <summary>
    /// The ETag of the state as it stands at the end of this turn: a writing turn stores a new
    /// version, so its results carry the ETag the client must send next.
    /// </summary>
    protected string ETag => FormatETag(writing ? storedVersion + 1 : storedVersion);

    /// <summary>The tenant this grain's events belong to; null for national reference data.</summary>
    protected virtual Guid? EventTenantId => null;

    /// <summary>The grain's key as a GUID.</summary>
    protected Guid GetPrimaryKey() => Guid.Parse(key);

    /// <summary>Throws <see cref="ETagMismatchException"/> unless <paramref name="ifMatch"/> names the version this turn started from.</summary>
    protected void EnsureETag(string? ifMatch)
    {
        var current = FormatETag(storedVersion);
        if (ifMatch is not null && ifMatch != "*" && !ifMatch.Split(',').Select(t => t.Trim()).Contains(current, StringComparer.Ordinal))
        {
            throw new ETagMismatchException(current);
        }
    }

    /// <summary>
    /// Ends this writing turn without a write: the call changed nothing (e.g. an idempotent repeat of
    /// a create), so the version and <see cref="ETag"/> stay as they were. Events cannot be raised after it.
    /// </summary>
    protected void LeaveUnchanged()
    {
        if (raised.Count > 0)
        {
            throw new InvalidOperationException("A turn that raised events changed something.");
        }

        writing = false;
    }

    /// <summary>Raises an integration event; it is written to the outbox with this turn's state, or not at all.</summary>
    protected void Raise(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (!writing)
        {
            throw new InvalidOperationException("Events can only be raised by methods that are not [ReadOnly], before LeaveUnchanged.");
        }

        raised.Add(@event);
    }

    private static string FormatETag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    Type IGrainInstance.StateType => typeof(TState);

    object IGrainInstance.State => State;

    Guid? IGrainInstance.EventTenantId => EventTenantId;

    void IGrainInstance.Bind(string grainKey) => key = grainKey;

    void IGrainInstance.Load(object? state, long version)
    {
        State = (TState?)state ?? new TState();
        storedVersion = version;
    }

    void IGrainInstance.BeginTurn(bool isWrite)
    {
        writing = isWrite;
        raised.Clear();
    }

    TurnOutcome IGrainInstance.EndTurn()
    {
        var outcome = new TurnOutcome(raised.ToArray(), Write: writing);
        writing = false;
        raised.Clear();
        return outcome;
    }
}
