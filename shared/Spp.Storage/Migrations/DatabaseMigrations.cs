namespace Spp.Storage.Migrations;

/// <summary>A migration set registered for one service's database type.</summary>
public sealed record DatabaseMigrations<TDatabase>(MigrationSet Set)
    where TDatabase : ServiceDatabase;
