namespace Spp.Improvement.Policies;

/// <summary>
/// The default term calendar: England's three terms, with the holidays folded into the term before
/// them so that every day falls in a term (a reading taken in a holiday still counts for that term).
/// </summary>
public static class EnglandTerms
{
    /// <summary>Autumn, spring and summer terms for the academic years starting in <paramref name="firstYear"/> through <paramref name="lastYear"/>.</summary>
    public static IReadOnlyList<SchoolTerm> For(int firstYear, int lastYear)
    {
        var terms = new List<SchoolTerm>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var label = $"{year}–{(year + 1) % 100:00}";
            terms.Add(new SchoolTerm($"Autumn {label}", new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)));
            terms.Add(new SchoolTerm($"Spring {label}", new DateOnly(year + 1, 1, 1), new DateOnly(year + 1, 3, 31)));
            terms.Add(new SchoolTerm($"Summer {label}", new DateOnly(year + 1, 4, 1), new DateOnly(year + 1, 8, 31)));
        }

        return terms;
    }

    /// <summary>The default calendar around <paramref name="today"/>: the current academic year, two before and four after.</summary>
    public static IReadOnlyList<SchoolTerm> Around(DateOnly today)
    {
        var current = today.Month >= 9 ? today.Year : today.Year - 1;
        return For(current - 2, current + 4);
    }
}
