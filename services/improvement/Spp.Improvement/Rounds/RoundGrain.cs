using Microsoft.Extensions.Options;
using Spp.Contracts.Rounds;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;

namespace Spp.Improvement.Rounds;

/// <inheritdoc cref="IRoundGrain"/>
/// <remarks>
/// The partnership, enrolments and cycles are read or called before this grain's state changes;
/// those calls are not part of its transaction, so each is idempotent and a retry converges.
/// </remarks>
[GrainType("round")]
public sealed class RoundGrain(IGrainFactory grains, TimeProvider time, IOptions<RotaOptions> options) : Grain<RoundState>, IRoundGrain
{
    protected override Guid? EventTenantId => State.TenantId;

    public Task<RoundView> Get() => Task.FromResult(EnsureExists().View());

    public async Task<RoundView> Schedule(RoundScheduling scheduling)
    {
        ArgumentNullException.ThrowIfNull(scheduling);
        RoundRules.EnsureValid(scheduling);
        if (Exists)
        {
            if (new RoundScheduling(State.TenantId, State.PartnershipId, State.Name, State.WindowStarts, State.WindowEnds) != scheduling)
            {
                throw new RuleViolationException("round-exists", "A different round already exists with this id.");
            }

            // A retried create: the first result, unchanged.
            LeaveUnchanged();
            return View();
        }

        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.RoundsOf(scheduling.PartnershipId)).Add(GetPrimaryKey());
        State.TenantId = scheduling.TenantId;
        State.PartnershipId = scheduling.PartnershipId;
        State.Name = scheduling.Name;
        State.WindowStarts = scheduling.WindowStarts;
        State.WindowEnds = scheduling.WindowEnds;
        State.Status = RoundStatus.Planning;
        State.ScheduledAt = time.GetUtcNow();
        Raise(new RoundScheduled(GetPrimaryKey(), scheduling.PartnershipId, scheduling.Name, scheduling.WindowStarts, scheduling.WindowEnds));
        return View();
    }

    public async Task<RoundView> ProposeRota(int? extraReviewers, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.Status != RoundStatus.Planning)
        {
            // Once cycles are open their teams change one edit at a time, never wholesale.
            throw new InvalidTransitionException(State.Status.ToString(), "propose a rota");
        }

        var (_, schools) = await PartnerSchools();
        var extras = Math.Clamp(extraReviewers ?? options.Value.ExtraReviewers, 0, RotaOptions.MaxExtraReviewers);
        return ChangeRota(RotaProposer.Propose(schools, extras), schools);
    }

    public async Task<RoundView> SetRota(IReadOnlyList<RotaEntry> rota, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(rota);
        EnsureExists().EnsureETag(ifMatch);
        var (_, schools) = await PartnerSchools();
        RotaRules.EnsureHardRules(rota, schools);
        var wanted = Normalise(rota);
        if (State.Status == RoundStatus.Started)
        {
            await PassTeamChangesToCycles(wanted);
        }

        return ChangeRota(wanted, schools);
    }

    public async Task<RoundView> Start(string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.Status != RoundStatus.Planning)
        {
            throw new InvalidTransitionException(State.Status.ToString(), "start the round");
        }

        var (partnership, schools) = await PartnerSchools();
        if (!partnership.IsFormed)
        {
            throw new RuleViolationException("partnership-not-formed", $"A partnership needs {PartnershipRules.MinSchools}–{PartnershipRules.MaxSchools} schools to start a round; it has {partnership.SchoolUrns.Count}.");
        }

        // Schools or staff may have changed since the rota was set: the hard rules are checked again.
        RotaRules.EnsureHardRules(State.Rota, schools);
        var teams = State.Rota.ToDictionary(e => e.Urn);
        if (partnership.SchoolUrns.FirstOrDefault(urn => !teams.TryGetValue(urn, out var team) || team.LeadReviewer is null) is var unled and > 0)
        {
            throw new RuleViolationException("rota-incomplete", $"School {unled} has no lead reviewer in the rota.");
        }

        var cycles = new Dictionary<int, Guid>();
        foreach (var urn in partnership.SchoolUrns)
        {
            var cycleId = CycleIds.For(GetPrimaryKey(), urn);
            await grains.GetGrain<IReviewCycleGrain>(cycleId).Open(new CycleOpening(
                State.TenantId,
                State.PartnershipId,
                GetPrimaryKey(),
                State.Name,
                urn,
                partnership.SchoolUrns,
                partnership.FacilitatorId,
                teams[urn],
                State.WindowStarts,
                State.WindowEnds));
            cycles[urn] = cycleId;
        }

        State.Status = RoundStatus.Started;
        State.Cycles = cycles;
        State.StartedAt = time.GetUtcNow();
        Raise(new RoundStarted(GetPrimaryKey(), State.PartnershipId, [.. cycles.Select(c => new RoundCycle(c.Key, c.Value))]));
        return View();
    }

    private RoundView ChangeRota(IReadOnlyList<RotaEntry> rota, IReadOnlyCollection<PartnerSchool> schools)
    {
        var warnings = RotaRules.Warnings(rota, [.. schools.Select(s => s.Urn)]);
        if (SameRota(rota, State.Rota) && warnings.SequenceEqual(State.Warnings))
        {
            LeaveUnchanged();
            return View();
        }

        State.Rota = [.. rota];
        State.Warnings = [.. warnings];
        Raise(new RotaChanged(GetPrimaryKey(), State.PartnershipId, [.. rota.Select(e => new RotaAssignment(e.Urn, e.LeadReviewer?.PersonId, [.. e.Reviewers.Select(r => r.PersonId)]))]));
        return View();
    }

    /// <summary>Tells each open cycle whose team the edit changes; a cycle past the point where its team may change refuses (409/422), and so does the edit.</summary>
    private async Task PassTeamChangesToCycles(IReadOnlyList<RotaEntry> rota)
    {
        foreach (var (urn, cycleId) in State.Cycles.OrderBy(c => c.Key))
        {
            var team = rota.FirstOrDefault(e => e.Urn == urn);
            if (team?.LeadReviewer is null)
            {
                throw new RuleViolationException("rota-incomplete", $"School {urn} has a review cycle and needs a lead reviewer.");
            }

            var before = State.Rota.FirstOrDefault(e => e.Urn == urn);
            if (before is null || !SameTeam(before, team))
            {
                await grains.GetGrain<IReviewCycleGrain>(cycleId).ChangeTeam(team);
            }
        }
    }

    private async Task<(PartnershipView Partnership, IReadOnlyList<PartnerSchool> Schools)> PartnerSchools()
    {
        var partnership = await grains.GetGrain<IPartnershipGrain>(State.PartnershipId).Get();
        var schools = new List<PartnerSchool>();
        foreach (var urn in partnership.SchoolUrns)
        {
            var enrolment = await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(State.TenantId, urn)).Get();
            schools.Add(new PartnerSchool(urn, enrolment.Staff));
        }

        return (partnership, schools);
    }

    private static List<RotaEntry> Normalise(IReadOnlyList<RotaEntry> rota) =>
        [.. rota.OrderBy(e => e.Urn).Select(e => e with { Reviewers = [.. e.Reviewers] })];

    private static bool SameRota(IReadOnlyList<RotaEntry> a, List<RotaEntry> b) =>
        a.Count == b.Count && a.Zip(b).All(p => SameTeam(p.First, p.Second));

    private static bool SameTeam(RotaEntry a, RotaEntry b) =>
        a.Urn == b.Urn && a.LeadReviewer == b.LeadReviewer && a.Reviewers.SequenceEqual(b.Reviewers);

    private RoundGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The round");

    private RoundView View() => new(
        GetPrimaryKey(),
        State.TenantId,
        State.PartnershipId,
        State.Name,
        State.WindowStarts,
        State.WindowEnds,
        State.Status,
        [.. State.Rota],
        [.. State.Warnings],
        new Dictionary<int, Guid>(State.Cycles),
        ETag);
}
