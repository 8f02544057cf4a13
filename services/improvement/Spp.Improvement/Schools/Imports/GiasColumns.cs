namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// Where the columns the register uses sit in a GIAS establishment file, found by header name (the file
/// has 100+ columns and their order changes between downloads; the others are ignored).
/// </summary>
public sealed class GiasColumns
{
    /// <summary>The headers the import reads; all but <see cref="CloseDate"/>, <see cref="OpenDate"/> and <see cref="Trust"/> are required.</summary>
    public const string Urn = "URN", Name = "EstablishmentName", Phase = "PhaseOfEducation (name)", LocalAuthority = "LA (name)",
        Region = "GOR (name)", Trust = "Trusts (name)", Status = "EstablishmentStatus (name)", OpenDate = "OpenDate", CloseDate = "CloseDate";

    private static readonly string[] Required = [Urn, Name, Phase, LocalAuthority, Region, Status];

    private readonly Dictionary<string, int> byName;

    private GiasColumns(Dictionary<string, int> byName, int count)
    {
        this.byName = byName;
        Count = count;
    }

    /// <summary>How many columns the header has; every row should have as many.</summary>
    public int Count { get; }

    /// <summary>The columns of <paramref name="header"/>, or the names of the required ones it lacks.</summary>
    public static (GiasColumns? Columns, IReadOnlyList<string> Missing) From(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            // A BOM the decoder left behind would otherwise hide the first column ("URN").
            byName.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        var missing = Required.Where(name => !byName.ContainsKey(name)).ToList();
        return missing.Count > 0 ? (null, missing) : (new GiasColumns(byName, header.Count), []);
    }

    /// <summary>The trimmed value of column <paramref name="name"/>, or empty when the file has no such column.</summary>
    public string Value(IReadOnlyList<string> fields, string name) =>
        byName.TryGetValue(name, out var index) && index < fields.Count ? fields[index].Trim() : string.Empty;
}
