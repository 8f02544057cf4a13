namespace Spp.Testing;

/// <summary>How <see cref="PrivatePostgres.StopAsync"/> shuts the server down (PostgreSQL's shutdown modes).</summary>
public enum PostgresStopMode
{
    /// <summary>Waits for clients to disconnect.</summary>
    Smart,

    /// <summary>Disconnects clients, rolls back their transactions and shuts down cleanly (the default).</summary>
    Fast,

    /// <summary>Quits without a clean shutdown, like a crash: the next start runs crash recovery.</summary>
    Immediate,
}
