using System.Globalization;
using System.Text;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// A small establishment file shaped like a GIAS download: GIAS's column names (the register's among
/// columns it ignores), quoted fields with commas, dd-MM-yyyy dates, and one row with a broken date.
/// </summary>
internal static class GiasCsv
{
    private static readonly string[] Columns =
    [
        "URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName", "TypeOfEstablishment (name)",
        "EstablishmentStatus (name)", "OpenDate", "CloseDate", "PhaseOfEducation (name)", "Street", "Town",
        "Postcode", "SchoolWebsite", "Trusts (name)", "GOR (name)", "NumberOfPupils",
    ];

    /// <summary>The file: a header, one good row per URN, then the broken row on the last line.</summary>
    public static string For(IReadOnlyList<int> urns, int brokenUrn)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append("\r\n");
        for (var i = 0; i < urns.Count; i++)
        {
            text.Append(Row(urns[i], $"\"Riverside, {Letter(i)} Primary School\"", "01-09-1998")).Append("\r\n");
        }

        return text.Append(Row(brokenUrn, "Broken Date School", "31-02-2001")).Append("\r\n").ToString();
    }

    /// <summary>The line of the broken row (the header is line 1).</summary>
    public static long BrokenLine(IReadOnlyList<int> urns) => urns.Count + 2;

    private static string Row(int urn, string name, string openDate) => string.Join(',',
        urn.ToString(CultureInfo.InvariantCulture), "383", "Leeds", "2001", name, "Community school",
        "Open", openDate, "", "Primary", "\"1 High Street, Upper Town\"", "Leeds",
        "LS1 1AA", "\"https://example.org/?a=1,b=2\"", "", "Yorkshire and the Humber", "210");

    private static string Letter(int i) => ((char)('A' + i)).ToString();
}
