using System.Globalization;
using System.Text.Json;
using Dapper;
using Spp.Grains.Hosting.Runtime;
using Spp.Storage;

namespace Spp.Improvement.Schools;

/// <summary>
/// Searches the national register by name prefix (case and accents ignored) or URN prefix. It queries the
/// school grains' stored state directly, with the indexes of <see cref="SchoolRegisterMigrations"/>: the
/// grain store is the only store, so a search never disagrees with the grains and there is no second
/// copy for the import to keep up to date. Reads are read-only; every change still goes through a grain.
/// </summary>
public sealed class SchoolRegisterSearch(ImprovementDatabase database)
{
    // The largest code point: every string with the prefix sorts below prefix + this, byte-wise.
    private const string AfterEverything = "\U0010FFFF";

    /// <summary>Up to <paramref name="limit"/> schools matching <paramref name="query"/> after <paramref name="after"/>, and whether more follow.</summary>
    public async Task<(IReadOnlyList<SchoolState> Schools, bool HasMore)> FindAsync(string? query, RegisterPosition? after, int limit, CancellationToken cancellationToken)
    {
        var q = query?.Trim() ?? string.Empty;
        var byUrn = q.Length > 0 && q.All(char.IsAsciiDigit);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        var sql = (byUrn, postgres) switch
        {
            (true, true) => """
                SELECT state::text FROM grain_state
                WHERE grain_type = 'school' AND grain_key LIKE @pattern AND (state->>'urn')::int > @afterUrn
                ORDER BY (state->>'urn')::int LIMIT @take
                """,
            (true, false) => """
                SELECT state FROM grain_state
                WHERE grain_type = 'school' AND grain_key LIKE @pattern AND json_extract(state, '$.urn') > @afterUrn
                ORDER BY json_extract(state, '$.urn') LIMIT @take
                """,
            (false, true) => """
                SELECT state::text FROM grain_state
                WHERE grain_type = 'school' AND (state->>'searchName') COLLATE "C" LIKE @pattern ESCAPE '\'
                  AND ((state->>'searchName') COLLATE "C" > @afterName OR ((state->>'searchName') COLLATE "C" = @afterName AND (state->>'urn')::int > @afterUrn))
                ORDER BY (state->>'searchName') COLLATE "C", (state->>'urn')::int LIMIT @take
                """,
            (false, false) => """
                SELECT state FROM grain_state
                WHERE grain_type = 'school' AND json_extract(state, '$.searchName') >= @prefix AND json_extract(state, '$.searchName') < @prefixEnd
                  AND (json_extract(state, '$.searchName') > @afterName OR (json_extract(state, '$.searchName') = @afterName AND json_extract(state, '$.urn') > @afterUrn))
                ORDER BY json_extract(state, '$.searchName'), json_extract(state, '$.urn') LIMIT @take
                """,
        };
        var prefix = byUrn ? q : SchoolNames.Fold(q);
        var pattern = byUrn ? q + "%" : EscapeLike(prefix) + "%";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<string>(new CommandDefinition(sql, new
        {
            pattern,
            prefix,
            prefixEnd = prefix + AfterEverything,
            afterName = after?.Name ?? string.Empty,
            afterUrn = after?.Urn ?? 0,
            take = limit + 1,
        }, cancellationToken: cancellationToken))).ToList();
        var schools = rows.Take(limit).Select(json => JsonSerializer.Deserialize<SchoolState>(json, GrainJson.Options)!).ToList();
        return (schools, rows.Count > limit);
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>Where a page of register results stopped: the last school's folded name and URN.</summary>
public sealed record RegisterPosition(string Name, int Urn)
{
    /// <summary>The cursor text of this position.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Urn}\n{Name}");

    /// <summary>The position a cursor text names, or null.</summary>
    public static RegisterPosition? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline > 0 && int.TryParse(text.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var urn)
            ? new RegisterPosition(text[(newline + 1)..], urn)
            : null;
    }
}
