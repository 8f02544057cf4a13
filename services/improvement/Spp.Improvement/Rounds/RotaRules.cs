using System.Globalization;
using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>
/// The rules of a rota (cycle.md "Rounds and the rota"): the hard ones refuse the rota (422 naming
/// the rule), the soft ones — reciprocal pairs and uneven load — come back as warnings.
/// </summary>
public static class RotaRules
{
    /// <summary>Rule: nobody reviews a school they are on the staff of.</summary>
    public const string ReviewerFromOwnSchool = "reviewer-from-own-school";

    /// <summary>Rule: a reviewer is a headteacher or senior leader of the partner school named with them.</summary>
    public const string ReviewerNotPartnerStaff = "reviewer-not-partner-staff";

    /// <summary>Rule: the rota names only member schools, each once.</summary>
    public const string RotaSchoolNotMember = "rota-school-not-member";

    /// <summary>Rule: a person is on a school's review team once.</summary>
    public const string ReviewerListedTwice = "reviewer-listed-twice";

    /// <summary>Soft rule: two schools review each other.</summary>
    public const string ReciprocalReview = "reciprocal-review";

    /// <summary>Soft rule: some schools or people review more than others.</summary>
    public const string UnevenLoad = "uneven-load";

    /// <summary>Throws <see cref="RuleViolationException"/> for the first hard rule <paramref name="rota"/> breaks.</summary>
    public static void EnsureHardRules(IReadOnlyList<RotaEntry> rota, IReadOnlyCollection<PartnerSchool> schools)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(schools);
        var byUrn = schools.ToDictionary(s => s.Urn);
        var seen = new HashSet<int>();
        foreach (var entry in rota)
        {
            if (!byUrn.TryGetValue(entry.Urn, out var reviewed) || !seen.Add(entry.Urn))
            {
                throw new RuleViolationException(RotaSchoolNotMember, Invariant($"School {entry.Urn} is not a member of the partnership, or is in the rota twice."));
            }

            var team = Members(entry).ToList();
            if (team.Select(m => m.PersonId).Distinct().Count() != team.Count)
            {
                throw new RuleViolationException(ReviewerListedTwice, Invariant($"A person is on the team reviewing school {entry.Urn} more than once."));
            }

            foreach (var reviewer in team)
            {
                if (reviewer.Urn == entry.Urn || reviewed.HasStaffMember(reviewer.PersonId))
                {
                    throw new RuleViolationException(ReviewerFromOwnSchool, Invariant($"Person {reviewer.PersonId} is on the staff of school {entry.Urn} and cannot review it."));
                }

                if (!byUrn.TryGetValue(reviewer.Urn, out var partner) || !partner.HasLeader(reviewer.PersonId))
                {
                    throw new RuleViolationException(ReviewerNotPartnerStaff, Invariant($"Person {reviewer.PersonId} is not a headteacher or senior leader of partner school {reviewer.Urn}."));
                }
            }
        }
    }

    /// <summary>The soft rules <paramref name="rota"/> breaks among <paramref name="memberUrns"/>, as warnings (empty when none).</summary>
    public static IReadOnlyList<RotaWarning> Warnings(IReadOnlyList<RotaEntry> rota, IReadOnlyCollection<int> memberUrns)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(memberUrns);
        var warnings = new List<RotaWarning>();
        var reviews = rota
            .SelectMany(e => Members(e).Select(m => (Reviewer: m.Urn, Reviewed: e.Urn)))
            .ToHashSet();

        // With two schools reviewing each other is unavoidable, so it is not worth a warning.
        if (memberUrns.Count >= 3)
        {
            foreach (var (reviewer, reviewed) in reviews.Where(r => r.Reviewer < r.Reviewed && reviews.Contains((r.Reviewed, r.Reviewer))).Order())
            {
                warnings.Add(new RotaWarning(ReciprocalReview, Invariant($"Schools {reviewer} and {reviewed} review each other.")));
            }
        }

        if (memberUrns.Count >= 2)
        {
            var schoolLoad = memberUrns.ToDictionary(u => u, u => reviews.Count(r => r.Reviewer == u));
            var (busiest, idlest) = (schoolLoad.MaxBy(l => (l.Value, -l.Key)), schoolLoad.MinBy(l => (l.Value, l.Key)));
            if (idlest.Value == 0 || busiest.Value - idlest.Value > 1)
            {
                warnings.Add(new RotaWarning(UnevenLoad, Invariant($"School {busiest.Key} reviews {busiest.Value} schools while school {idlest.Key} reviews {idlest.Value}.")));
            }
        }

        var personLoad = rota.SelectMany(Members).GroupBy(m => m.PersonId).Select(g => (Person: g.Key, Load: g.Count())).ToList();
        if (personLoad.Count > 0 && personLoad.Max(p => p.Load) - personLoad.Min(p => p.Load) > 1)
        {
            var busiest = personLoad.OrderByDescending(p => p.Load).ThenBy(p => p.Person).First();
            warnings.Add(new RotaWarning(UnevenLoad, Invariant($"Person {busiest.Person} is on {busiest.Load} review teams while others are on {personLoad.Min(p => p.Load)}.")));
        }

        return warnings;
    }

    /// <summary>The lead reviewer (if any) and the reviewers of an entry.</summary>
    public static IEnumerable<ReviewerView> Members(RotaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.LeadReviewer is null ? entry.Reviewers : [entry.LeadReviewer, .. entry.Reviewers];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
