namespace Spp.Storage;

/// <summary>The database engines a service can run on.</summary>
public enum DatabaseProvider
{
    /// <summary>Production: one PostgreSQL database per service, shared by all its instances.</summary>
    Postgres,

    /// <summary>The embedded default: a SQLite file per service, one process.</summary>
    Sqlite,
}
