using System.Globalization;
using System.Text;

namespace Spp.Benchmarks;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned; a column with an empty header is left out.</summary>
internal sealed class TextTable
{
    private readonly List<string[]> rows = [];
    private readonly int[] shown;
    private readonly string[] headers;

    public TextTable(params string[] headers)
    {
        shown = [.. Enumerable.Range(0, headers.Length).Where(i => headers[i].Length > 0)];
        this.headers = [.. shown.Select(i => headers[i])];
    }

    public void Add(params string[] cells) => rows.Add([.. shown.Select(i => i < cells.Length ? cells[i] : string.Empty)]);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var padded = widths.Select((w, i) =>
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            return i == 0 ? cell.PadRight(w) : cell.PadLeft(w);
        });
        text.AppendLine(string.Join("  ", padded).TrimEnd());
    }
}

/// <summary>Invariant number formatting for the tables.</summary>
internal static class Figures
{
    public static string N0(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    public static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture) + "×";

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
