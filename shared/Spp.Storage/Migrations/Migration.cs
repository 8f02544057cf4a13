namespace Spp.Storage.Migrations;

/// <summary>One versioned schema change of one component, with its SQL for each engine.</summary>
/// <param name="Version">Applied in ascending order; never reused or edited once shipped.</param>
/// <param name="Name">What the change does, for the migrations table.</param>
/// <param name="Postgres">The SQL for PostgreSQL.</param>
/// <param name="Sqlite">The SQL for SQLite.</param>
public sealed record Migration(int Version, string Name, string Postgres, string Sqlite);
