namespace Spp.Grains;

/// <summary>
/// What the grain runtime needs of a grain instance. Implemented explicitly by <see cref="Grain{TState}"/>
/// so that grain classes see none of it.
/// </summary>
public interface IGrainInstance
{
    /// <summary>The CLR type of the state record.</summary>
    Type StateType { get; }

    /// <summary>The current state record.</summary>
    object State { get; }

    /// <summary>The tenant the grain's events belong to.</summary>
    Guid? EventTenantId { get; }

    /// <summary>Gives the instance its key, once, after construction.</summary>
    void Bind(string grainKey);

    /// <summary>Replaces the state with the stored one (null: nothing stored yet) and its version.</summary>
    void Load(object? state, long version);

    /// <summary>Starts a turn; only a writing turn may raise events.</summary>
    void BeginTurn(bool isWrite);

    /// <summary>Ends the turn: whether it writes, and the events it raised.</summary>
    TurnOutcome EndTurn();
}
