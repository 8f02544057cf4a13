using System.Globalization;
using System.Text;
using Spp.Improvement.Schools.Imports;

namespace Spp.Improvement.Tests.Schools.Support;

/// <summary>
/// Writes files shaped like a GIAS establishment download: 120+ columns in GIAS's own order (the
/// register's columns among them), quoted fields holding commas, line breaks and quotes, and rows a
/// test asks to be broken.
/// </summary>
internal sealed class GiasFile
{
    private static readonly string[] Columns = BuildColumns();
    private readonly StringBuilder text = new();
    private long line = 1;

    public GiasFile() => text.Append(string.Join(',', Columns)).Append("\r\n");

    /// <summary>Lines of the rows added so far, by URN (for assertions on rejections).</summary>
    public Dictionary<int, long> LineOf { get; } = [];

    /// <summary>Adds a good school row; <paramref name="name"/> may hold commas, quotes or line breaks.</summary>
    public GiasFile School(int urn, string name, string phase = "Primary", string la = "Leeds", string region = "Yorkshire and the Humber", string trust = "", string status = "Open", string openDate = "01-09-1998", (string Column, string Value)? overrides = null)
    {
        var values = new Dictionary<string, string>
        {
            [GiasColumns.Urn] = urn.ToString(CultureInfo.InvariantCulture),
            [GiasColumns.Name] = name,
            [GiasColumns.Phase] = phase,
            [GiasColumns.LocalAuthority] = la,
            [GiasColumns.Region] = region,
            [GiasColumns.Trust] = trust,
            [GiasColumns.Status] = status,
            [GiasColumns.OpenDate] = openDate,
            ["Street"] = "1 High Street, Upper Town",
            ["SchoolWebsite"] = "https://example.org/?a=1,b=2",
        };
        if (overrides is { } given)
        {
            values[given.Column] = given.Value;
        }

        LineOf[urn] = line + 1;
        return Row(Columns.Select(c => values.TryGetValue(c, out var v) ? v : Filler(c, urn)));
    }

    /// <summary>Adds a raw row exactly as given (for broken rows); returns its line.</summary>
    public long Raw(string row)
    {
        var at = line + 1;
        text.Append(row).Append("\r\n");
        line += 1 + row.Count(c => c == '\n');
        return at;
    }

    /// <summary>A school row whose <paramref name="column"/> holds <paramref name="value"/> instead; returns its line.</summary>
    public long WithValue(int urn, string column, string value)
    {
        School(urn, "Broken School", overrides: (column, value));
        return LineOf[urn];
    }

    public byte[] Utf8(bool bom = false) => [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text.ToString())];

    public byte[] Windows1252() => RegisterFileEncoding.Windows1252.GetBytes(text.ToString());

    public static int ColumnCount => Columns.Length;

    private GiasFile Row(IEnumerable<string> values)
    {
        var row = string.Join(',', values.Select(Quote));
        text.Append(row).Append("\r\n");
        line += 1 + row.Count(c => c == '\n');
        return this;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Filler(string column, int urn) => column switch
    {
        "LA (code)" => "383",
        "EstablishmentNumber" => (urn % 10_000).ToString(CultureInfo.InvariantCulture),
        "CloseDate" => string.Empty,
        _ => column.EndsWith("(name)", StringComparison.Ordinal) ? "Not applicable" : string.Empty,
    };

    private static string[] BuildColumns()
    {
        var known = new[]
        {
            GiasColumns.Urn, "LA (code)", GiasColumns.LocalAuthority, "EstablishmentNumber", GiasColumns.Name, "TypeOfEstablishment (name)",
            GiasColumns.Status, "ReasonEstablishmentOpened (name)", GiasColumns.OpenDate, "ReasonEstablishmentClosed (name)", GiasColumns.CloseDate,
            GiasColumns.Phase, "StatutoryLowAge", "StatutoryHighAge", "Boarders (name)", "Gender (name)", GiasColumns.Trust, "Street", "Town", "Postcode",
            "SchoolWebsite", "TelephoneNum", "HeadFirstName", "HeadLastName", GiasColumns.Region, "UKPRN",
        };
        return [.. known, .. Enumerable.Range(1, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"Extra{i}"))];
    }
}
