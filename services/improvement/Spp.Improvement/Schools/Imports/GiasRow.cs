using System.Globalization;

namespace Spp.Improvement.Schools.Imports;

/// <summary>Turns one record of a GIAS establishment file into register data, or says why it cannot.</summary>
public static class GiasRow
{
    /// <summary>GIAS writes dates as dd-MM-yyyy.</summary>
    public const string DateFormat = "dd-MM-yyyy";

    /// <summary>The school the record describes, or the reason the record is rejected.</summary>
    public static (SchoolRegisterData? School, string? Problem) Parse(GiasColumns columns, CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Problem is not null)
        {
            return (null, record.Problem);
        }

        if (record.Fields.Count != columns.Count)
        {
            return (null, $"The row has {record.Fields.Count} fields; the header has {columns.Count}.");
        }

        var urnText = columns.Value(record.Fields, GiasColumns.Urn);
        if (!int.TryParse(urnText, NumberStyles.None, CultureInfo.InvariantCulture, out var urn) || urn is <= 0 or > SchoolRegisterRules.MaxUrn)
        {
            return (null, $"URN '{Shorten(urnText)}' is not a whole number from 1 to {SchoolRegisterRules.MaxUrn}.");
        }

        var (opened, openProblem) = Date(columns, record, GiasColumns.OpenDate);
        var (closed, closeProblem) = Date(columns, record, GiasColumns.CloseDate);
        if ((openProblem ?? closeProblem) is { } dateProblem)
        {
            return (null, dateProblem);
        }

        // A phase the register does not know yet is kept as "not applicable" rather than losing the school.
        var phase = EducationPhases.TryParse(columns.Value(record.Fields, GiasColumns.Phase), out var known) ? known : EducationPhase.NotApplicable;
        var trust = columns.Value(record.Fields, GiasColumns.Trust);
        var school = new SchoolRegisterData(
            urn,
            columns.Value(record.Fields, GiasColumns.Name),
            phase,
            columns.Value(record.Fields, GiasColumns.LocalAuthority),
            columns.Value(record.Fields, GiasColumns.Region),
            trust.Length == 0 ? null : trust,
            columns.Value(record.Fields, GiasColumns.Status),
            opened,
            closed);
        var errors = SchoolRegisterRules.Validate(school);
        return errors.Count == 0 ? (school, null) : (null, string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value}")));
    }

    private static (DateOnly? Date, string? Problem) Date(GiasColumns columns, CsvRecord record, string column)
    {
        var text = columns.Value(record.Fields, column);
        if (text.Length == 0)
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"{column}: '{Shorten(text)}' is not a date as dd-MM-yyyy.");
    }

    // Rejections are shown back to the national team; a runaway field should not fill the report.
    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
