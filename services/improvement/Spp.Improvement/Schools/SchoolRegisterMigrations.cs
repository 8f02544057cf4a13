using Spp.Storage.Migrations;

namespace Spp.Improvement.Schools;

/// <summary>
/// Indexes for searching the register where it is stored: in the school grains' state. The grain store
/// stays the only store (no search table to keep in step with the grains); partial indexes cover only
/// school rows. <see cref="SchoolState.SearchName"/> is folded in .NET, so both engines compare plain bytes.
/// </summary>
public static class SchoolRegisterMigrations
{
    /// <summary>The <c>school-register</c> component's migrations (applied after the grain store's).</summary>
    public static MigrationSet Set { get; } = new("school-register",
    [
        new Migration(1, "school register search indexes",
            Postgres: """
                CREATE INDEX school_register_name ON grain_state (((state->>'searchName') COLLATE "C"), (((state->>'urn'))::int)) WHERE grain_type = 'school';
                CREATE INDEX school_register_urn ON grain_state (grain_key text_pattern_ops) WHERE grain_type = 'school';
                """,
            Sqlite: """
                CREATE INDEX school_register_name ON grain_state (json_extract(state, '$.searchName'), json_extract(state, '$.urn')) WHERE grain_type = 'school';
                """),
    ]);
}
