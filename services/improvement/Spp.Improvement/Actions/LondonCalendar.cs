namespace Spp.Improvement.Actions;

/// <summary>Today's date where the programme runs: due dates and terms are Europe/London dates.</summary>
internal static class LondonCalendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
