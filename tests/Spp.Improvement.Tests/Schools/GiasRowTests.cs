using System.Text;
using Spp.Improvement.Schools;
using Spp.Improvement.Schools.Imports;

namespace Spp.Improvement.Tests.Schools;

/// <summary>How a GIAS row becomes register data, and how a file's encoding is decided.</summary>
public sealed class GiasRowTests
{
    private static readonly string[] Header =
        ["URN", "LA (code)", "LA (name)", "EstablishmentName", "EstablishmentStatus (name)", "PhaseOfEducation (name)", "OpenDate", "CloseDate", "Trusts (name)", "GOR (name)", "SomethingNew"];

    private static (SchoolRegisterData? School, string? Problem) Parse(params string[] fields)
    {
        var (columns, _) = GiasColumns.From(Header);
        return GiasRow.Parse(columns!, new CsvRecord(7, fields, null));
    }

    [Fact]
    public void Columns_are_found_by_header_name_and_unknown_ones_ignored()
    {
        var (school, problem) = Parse("100001", "204", "Leeds", " Hillside Primary ", "Open", "Primary", "01-09-1998", "", "Northern Lights Trust", "Yorkshire and the Humber", "anything");

        Assert.Null(problem);
        Assert.Equal(
            new SchoolRegisterData(100001, "Hillside Primary", EducationPhase.Primary, "Leeds", "Yorkshire and the Humber", "Northern Lights Trust", "Open", new DateOnly(1998, 9, 1), null),
            school);
    }

    [Fact]
    public void An_empty_trust_is_none_and_an_unknown_phase_is_not_applicable()
    {
        var (school, _) = Parse("100002", "204", "Leeds", "Welfare Unit", "Open", "Something else", "", "", "", "Yorkshire and the Humber", "");

        Assert.Equal((EducationPhase.NotApplicable, (string?)null), (school!.EducationPhase, school.Trust));
    }

    [Theory]
    [InlineData("12x", "URN")]
    [InlineData("0", "URN")]
    [InlineData("", "URN")]
    public void A_row_without_a_valid_URN_is_rejected(string urn, string mentioned)
    {
        var (school, problem) = Parse(urn, "204", "Leeds", "Name", "Open", "Primary", "", "", "", "Yorkshire", "");

        Assert.Null(school);
        Assert.Contains(mentioned, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_must_be_day_month_year()
    {
        var (school, problem) = Parse("100003", "204", "Leeds", "Name", "Open", "Primary", "1998-09-01", "", "", "Yorkshire", "");

        Assert.Null(school);
        Assert.Contains("OpenDate", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_name_or_with_the_wrong_number_of_fields_is_rejected()
    {
        var (_, noName) = Parse("100004", "204", "Leeds", " ", "Open", "Primary", "", "", "", "Yorkshire", "");
        var (_, short_) = Parse("100004", "204", "Leeds");

        Assert.Contains("EstablishmentName", noName, StringComparison.Ordinal);
        Assert.Contains("3 fields", short_, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_required_column_names_what_is_missing()
    {
        var (columns, missing) = GiasColumns.From(["URN", "EstablishmentName"]);

        Assert.Null(columns);
        Assert.Contains("GOR (name)", missing);
    }

    [Fact]
    public void Valid_UTF8_with_or_without_BOM_is_read_as_UTF8_and_anything_else_as_Windows_1252()
    {
        static Encoding Decide(params byte[][] chunks)
        {
            var encoding = new RegisterFileEncoding();
            foreach (var chunk in chunks)
            {
                encoding.Observe(chunk);
            }

            return encoding.Complete();
        }

        var utf8 = Encoding.UTF8.GetBytes("École");
        var split = Decide(utf8[..1], utf8[1..]); // a two-byte sequence cut by a chunk boundary
        var withBom = Decide([0xEF, 0xBB, 0xBF], utf8);
        var windows = Decide(RegisterFileEncoding.Windows1252.GetBytes("École"));

        Assert.Equal([65001, 65001, 1252], new[] { split.CodePage, withBom.CodePage, windows.CodePage });
    }
}
