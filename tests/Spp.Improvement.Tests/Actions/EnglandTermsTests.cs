using Spp.Improvement.Actions;

namespace Spp.Improvement.Tests.Actions;

/// <summary>The default England term calendar: every day belongs to exactly one term.</summary>
public sealed class EnglandTermsTests
{
    [Theory]
    [InlineData("2026-09-01", "Autumn 2026", "2026-09-01", "2026-12-31")]
    [InlineData("2026-12-31", "Autumn 2026", "2026-09-01", "2026-12-31")]
    [InlineData("2027-01-01", "Spring 2027", "2027-01-01", "2027-03-31")]
    [InlineData("2027-04-01", "Summer 2027", "2027-04-01", "2027-08-31")]
    [InlineData("2027-08-15", "Summer 2027", "2027-04-01", "2027-08-31")]
    public void A_day_falls_in_its_term_with_holidays_counted_in_the_term_before(string day, string name, string starts, string ends)
    {
        var term = EnglandTerms.Containing(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new SchoolTerm(name, DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture)), term);
    }
}
