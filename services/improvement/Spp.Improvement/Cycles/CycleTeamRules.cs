using Spp.Grains;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Cycles;

/// <summary>The hard rules of a cycle's review team: reviewers come from partner schools only.</summary>
internal static class CycleTeamRules
{
    public const int MaxReviewers = 6;

    public static void EnsureValid(RotaEntry team, int urn, IReadOnlyCollection<int> partnerUrns, ChampionAssignment? champion)
    {
        if (team.Urn != urn)
        {
            throw new RuleViolationException("team-for-another-school", "The review team given is for another school.");
        }

        var members = team.Reviewers.Prepend(team.LeadReviewer).OfType<ReviewerView>().ToList();
        if (members.Any(m => m.Urn == urn || !partnerUrns.Contains(m.Urn)))
        {
            throw new RuleViolationException("reviewer-from-partner-school", "Reviewers come from the other schools of the partnership, never from the school reviewed.");
        }

        if (members.Select(m => m.PersonId).Distinct().Count() != members.Count || team.Reviewers.Count > MaxReviewers)
        {
            throw new RuleViolationException("review-team-invalid", $"Each person is on the team once, with at most {MaxReviewers} reviewers besides the lead.");
        }

        if (champion is not null && members.Any(m => m.PersonId == champion.PersonId))
        {
            throw new RuleViolationException("champion-on-review-team", "The Improvement Champion may not be on this cycle's review team.");
        }
    }
}
