namespace Spp.Improvement.Rounds;

/// <summary>
/// Proposes a review rota (cycle.md "Rounds and the rota"). A pure function of its input: the same
/// schools and staff give the same rota, whatever order they come in.
/// </summary>
/// <remarks>
/// Schools in URN order are reviewed by the next school round the circle (the last by the first):
/// every school reviews exactly one school and is reviewed by one, nobody reviews their own school,
/// and for three or more schools no two schools review each other. People are then picked least
/// loaded first (headteachers before senior leaders, then by id). Where the reviewing school has too
/// few leaders the team is filled from other schools, never creating a reciprocal pair for an extra
/// reviewer and only as a last resort for a lead reviewer.
/// </remarks>
public static class RotaProposer
{
    /// <summary>A rota for <paramref name="schools"/> with a lead reviewer and up to <paramref name="extraReviewers"/> reviewers each.</summary>
    public static IReadOnlyList<RotaEntry> Propose(IReadOnlyCollection<PartnerSchool> schools, int extraReviewers)
    {
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentOutOfRangeException.ThrowIfNegative(extraReviewers);
        var ordered = schools.OrderBy(s => s.Urn).ToList();
        var teams = ordered.Select(s => new Team(s)).ToList();
        var load = new Dictionary<Guid, int>();
        var n = ordered.Count;
        if (n < 2)
        {
            return [.. teams.Select(t => t.ToEntry())];
        }

        // The circle: school i is reviewed by school i + 1.
        for (var i = 0; i < n; i++)
        {
            var reviewing = ordered[(i + 1) % n];
            Fill(teams[i], Candidates([reviewing], teams[i], load), extraReviewers, load);
        }

        // Teams the circle could not fill, from schools that would not make a reciprocal pair.
        for (var i = 0; i < n; i++)
        {
            var team = teams[i];
            if (team.Lead is not null && team.Reviewers.Count >= extraReviewers)
            {
                continue;
            }

            var others = ordered.Where(s => s.Urn != team.Urn).ToList();
            var notReciprocal = others.Where(s => !Reviews(teams, team.Urn, s.Urn)).ToList();
            Fill(team, Candidates(notReciprocal, team, load), extraReviewers, load);
            if (team.Lead is null)
            {
                // Every school needs a lead reviewer to start; a reciprocal pair is better than none.
                Fill(team, Candidates(others, team, load), extraReviewers: 0, load);
            }
        }

        return [.. teams.Select(t => t.ToEntry())];
    }

    private static void Fill(Team team, List<ReviewerView> candidates, int extraReviewers, Dictionary<Guid, int> load)
    {
        foreach (var candidate in candidates)
        {
            if (team.Lead is null)
            {
                team.Lead = candidate;
            }
            else if (team.Reviewers.Count < extraReviewers)
            {
                team.Reviewers.Add(candidate);
            }
            else
            {
                return;
            }

            load[candidate.PersonId] = load.GetValueOrDefault(candidate.PersonId) + 1;
        }
    }

    /// <summary>Leaders of <paramref name="from"/> not already on the team nor on the reviewed school's staff, least loaded first.</summary>
    private static List<ReviewerView> Candidates(IEnumerable<PartnerSchool> from, Team team, Dictionary<Guid, int> load) =>
        [.. from
            .SelectMany(school => school.Leaders.Select(leader => (School: school, Leader: leader)))
            .Where(c => !team.Has(c.Leader.PersonId) && !team.School.HasStaffMember(c.Leader.PersonId))
            .OrderBy(c => load.GetValueOrDefault(c.Leader.PersonId))
            .ThenBy(c => c.Leader.Role == People.SchoolRole.Headteacher ? 0 : 1)
            .ThenBy(c => c.School.Urn)
            .ThenBy(c => c.Leader.PersonId)
            .DistinctBy(c => c.Leader.PersonId)
            .Select(c => new ReviewerView(c.Leader.PersonId, c.School.Urn))];

    /// <summary>True when someone from school <paramref name="reviewer"/> is on the team reviewing school <paramref name="reviewed"/>.</summary>
    private static bool Reviews(List<Team> teams, int reviewer, int reviewed) =>
        teams.Single(t => t.Urn == reviewed).Members.Any(m => m.Urn == reviewer);

    private sealed class Team(PartnerSchool school)
    {
        public PartnerSchool School { get; } = school;

        public int Urn => School.Urn;

        public ReviewerView? Lead { get; set; }

        public List<ReviewerView> Reviewers { get; } = [];

        public IEnumerable<ReviewerView> Members => Lead is null ? Reviewers : [Lead, .. Reviewers];

        public bool Has(Guid personId) => Members.Any(m => m.PersonId == personId);

        public RotaEntry ToEntry() => new(Urn, Lead, [.. Reviewers]);
    }
}
