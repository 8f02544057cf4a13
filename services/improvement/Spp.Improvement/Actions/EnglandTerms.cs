using System.Globalization;

namespace Spp.Improvement.Actions;

/// <summary>
/// The default England term calendar, used until a tenant sets its own: the school year split into
/// autumn (September–December), spring (January–March) and summer (April–August). Holidays fall in
/// the term before them, so every day belongs to exactly one term and a reading taken in a holiday
/// still counts for the term that just ended.
/// </summary>
public static class EnglandTerms
{
    /// <summary>The term containing <paramref name="day"/>.</summary>
    public static SchoolTerm Containing(DateOnly day) => day.Month switch
    {
        >= 9 => Term("Autumn", new DateOnly(day.Year, 9, 1), new DateOnly(day.Year, 12, 31)),
        <= 3 => Term("Spring", new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 3, 31)),
        _ => Term("Summer", new DateOnly(day.Year, 4, 1), new DateOnly(day.Year, 8, 31)),
    };

    private static SchoolTerm Term(string season, DateOnly starts, DateOnly ends) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{season} {starts.Year}"), starts, ends);
}
