using Spp.Testing;

namespace Spp.Improvement.Tests.Authorization.Support;

/// <summary>One row of docs/authorization.md: a route, the roles that may call it, and how everyone else is refused.</summary>
internal sealed record MatrixRow(string Method, string Pattern, IReadOnlyList<string> Allowed, IReadOnlyDictionary<string, int> Refused, int Line)
{
    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}

/// <summary>
/// Reads the role × action matrix in docs/authorization.md. A row is a table line
/// <c>| METHOD | `route` | allowed roles | refusals |</c>; allowed roles are comma separated, each refusal is
/// <c>role status</c>, separated by semicolons.
/// </summary>
internal static class AuthorizationMatrix
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "GET", "POST", "PUT", "PATCH", "DELETE" };

    public static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "authorization.md");

    public static IReadOnlyList<MatrixRow> Rows { get; } = Read(File.ReadAllLines(DocumentPath));

    public static MatrixRow For(string key) =>
        Rows.SingleOrDefault(row => row.Key == key) ?? throw new InvalidOperationException($"docs/authorization.md has no row for {key}.");

    internal static IReadOnlyList<MatrixRow> Read(IReadOnlyList<string> lines)
    {
        var rows = new List<MatrixRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells.Length != 4 || !Methods.Contains(cells[0]))
            {
                continue;
            }

            var allowed = cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            // "none": a route anyone may call (the OpenAPI document) refuses nobody.
            var refusals = cells[3] == "none" ? [] : cells[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var refused = refusals
                .Select(refusal => refusal.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToDictionary(parts => parts[0], parts => int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            rows.Add(new MatrixRow(cells[0], cells[1].Trim('`'), allowed, refused, i + 1));
        }

        return rows;
    }
}
