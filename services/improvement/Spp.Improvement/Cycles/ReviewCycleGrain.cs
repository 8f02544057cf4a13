using Spp.Contracts.Cycles;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Policies;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Cycles;

/// <inheritdoc cref="IReviewCycleGrain"/>
/// <remarks>Split by stage across partial files; this one holds opening, the team and the checks every command makes.</remarks>
[GrainType("review-cycle")]
public sealed partial class ReviewCycleGrain(IGrainFactory grains, TimeProvider time) : Grain<CycleState>, IReviewCycleGrain
{
    private const int MaxTextLength = 4000;

    protected override Guid? EventTenantId => State.TenantId == Guid.Empty ? null : State.TenantId;

    private Guid Id => GetPrimaryKey();

    private DateOnly Today => LondonCalendar.Today(time);

    public async Task<CycleSummary> Open(CycleOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (Exists)
        {
            if (!SameOpening(opening))
            {
                throw new RuleViolationException("cycle-exists", "A different cycle already exists with this id.");
            }

            LeaveUnchanged();
            return BuildSummary();
        }

        if (opening.TenantId == Guid.Empty || !opening.PartnerUrns.Contains(opening.Urn) || opening.WindowEnds < opening.WindowStarts)
        {
            throw new RuleViolationException("cycle-opening-invalid", "A cycle opens for a member school of the partnership, in a round window that ends after it starts.");
        }

        CycleTeamRules.EnsureValid(opening.Team, opening.Urn, opening.PartnerUrns, champion: null);
        State.TenantId = opening.TenantId;
        State.PartnershipId = opening.PartnershipId;
        State.RoundId = opening.RoundId;
        State.RoundName = opening.RoundName;
        State.Urn = opening.Urn;
        State.PartnerUrns = [.. opening.PartnerUrns.Distinct().Order()];
        State.FacilitatorId = opening.FacilitatorId;
        State.Team = opening.Team;
        State.WindowStarts = opening.WindowStarts;
        State.WindowEnds = opening.WindowEnds;
        State.Stage = CycleStage.SelfReview;
        State.OpenedAt = time.GetUtcNow();
        Raise(new CycleOpened(
            Id,
            State.TenantId,
            State.PartnershipId,
            State.RoundId,
            State.Urn,
            State.Team.LeadReviewer?.PersonId,
            ReviewerIds(),
            State.FacilitatorId,
            State.WindowStarts,
            State.WindowEnds));
        var leaders = (await Enrolment())?.Leaders ?? [];
        await NoteCycleFor([.. TeamIds(), .. leaders, .. State.FacilitatorId is { } f ? [f] : Array.Empty<Guid>()]);
        return BuildSummary();
    }

    public async Task<CycleSummary> ChangeTeam(RotaEntry team)
    {
        ArgumentNullException.ThrowIfNull(team);
        EnsureExists();
        await ReplaceTeam(team);
        return BuildSummary();
    }

    public async Task<CycleView> AdjustTeam(CycleCaller caller, RotaEntry team, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(team);
        var roles = await Authorize(caller, r => r.IsFacilitator, "change the review team", "the facilitator", ifMatch);
        await ReplaceTeam(team with { Urn = State.Urn });
        return BuildView(roles);
    }

    public Task<CycleSummary> Summary() => Task.FromResult(EnsureExists().BuildSummary());

    public async Task<CycleParticipation> ParticipationOf(Guid personId)
    {
        EnsureExists();
        return (await RolesOf(personId, caller: null)).ToParticipation(State.Sharing);
    }

    public async Task<CycleView> Read(CycleCaller caller) => BuildView(await VisibleTo(caller));

    private async Task ReplaceTeam(RotaEntry team)
    {
        // The team is fixed once the plan is agreed: the visit is theirs.
        if (State.Stage > CycleStage.ReviewPlanning || State.Plan.AgreedOn is not null)
        {
            throw new InvalidTransitionException(State.Stage.ToString(), "change the review team");
        }

        CycleTeamRules.EnsureValid(team, State.Urn, State.PartnerUrns, State.Champion);
        if (team.LeadReviewer == State.Team.LeadReviewer && team.Reviewers.SequenceEqual(State.Team.Reviewers))
        {
            LeaveUnchanged();
            return;
        }

        State.Team = team;
        State.Plan.TeamConfirmed = false;
        Raise(new CycleTeamChanged(Id, State.TenantId, team.LeadReviewer?.PersonId, ReviewerIds()));
        await NoteCycleFor(TeamIds());
    }

    /// <summary>
    /// Tells each person's index that they take part here, so "what's next" finds the cycle. Idempotent
    /// there, so a retried turn converges; people who never signed in yet have no index to note it in.
    /// </summary>
    private async Task NoteCycleFor(IEnumerable<Guid> people)
    {
        foreach (var person in people.Distinct())
        {
            try
            {
                await grains.GetGrain<IPersonGrain>(person).NoteCycle(State.TenantId, Id);
            }
            catch (GrainNotFoundException)
            {
                // Not registered: their involvement is still worked out from this cycle's state.
            }
        }
    }

    private IEnumerable<Guid> TeamIds() => State.Team.Reviewers.Prepend(State.Team.LeadReviewer).OfType<ReviewerView>().Select(r => r.PersonId);

    private bool SameOpening(CycleOpening opening) =>
        State.TenantId == opening.TenantId
        && State.PartnershipId == opening.PartnershipId
        && State.RoundId == opening.RoundId
        && State.Urn == opening.Urn;

    private ReviewCycleGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The cycle");

    /// <summary>The caller's roles when they may see the cycle at all; otherwise "not found", as for another tenant's cycle.</summary>
    private async Task<CycleRoles> VisibleTo(CycleCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!Exists || caller.TenantId != State.TenantId)
        {
            throw new GrainNotFoundException("The cycle");
        }

        var roles = await RolesOf(caller.PersonId, caller);
        return roles.Access != CycleAccess.None || roles.SeesFindings(State.Sharing) ? roles : throw new GrainNotFoundException("The cycle");
    }

    /// <summary>The checks every command makes, in the order the API conventions give them: 404, 403, 412, then 409 while paused.</summary>
    private async Task<CycleRoles> Authorize(CycleCaller caller, Func<CycleRoles, bool> may, string action, string who, string? ifMatch)
    {
        var roles = await VisibleTo(caller);
        if (!may(roles))
        {
            throw new CycleForbiddenException(action, who);
        }

        EnsureETag(ifMatch);
        if (State.PausedOn is not null)
        {
            throw new InvalidTransitionException($"{State.Stage} (paused)", action);
        }

        return roles;
    }

    private void EnsureStage(string action, params CycleStage[] stages)
    {
        if (!stages.Contains(State.Stage))
        {
            throw new InvalidTransitionException(State.Stage.ToString(), action);
        }
    }

    /// <summary>Makes a move of the stage machine after its checks: who, version, paused, from which stage.</summary>
    private async Task<(CycleRoles Roles, CycleTransition Transition)> BeginMove(CycleCaller caller, CycleMove move, string? ifMatch)
    {
        var transition = CycleTransitions.Of(move);
        var roles = await Authorize(caller, transition.MayMove, transition.Action, transition.Who, ifMatch);
        EnsureStage(transition.Action, transition.From);
        return (roles, transition);
    }

    private void CompleteMove(CycleTransition transition, Guid by)
    {
        State.History.Add(new StageChange(time.GetUtcNow(), by, transition.Move.ToString(), transition.From, transition.To));
        State.Stage = transition.To;
    }

    private async Task<CycleRoles> RolesOf(Guid personId, CycleCaller? caller) => CycleRoles.Of(State, personId, await Enrolment(), caller);

    private async Task<EnrolmentView?> Enrolment()
    {
        try
        {
            return await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(State.TenantId, State.Urn)).Get();
        }
        catch (GrainNotFoundException)
        {
            // A school the tenant no longer enrols has no staff here: only the team and facilitator act.
            return null;
        }
    }

    /// <summary>Recomputes the deadlines named from the tenant's policy and the dates set so far; others keep their (possibly shifted) dates.</summary>
    private async Task RecomputeDeadlines(params string[] keys)
    {
        var policy = (await grains.GetGrain<ITenantPolicyGrain>(State.TenantId).Deadlines()).Policy;
        var visitDays = State.Plan.VisitDays;
        var computed = DeadlineCalculator.For(policy, new CycleDates(
            visitDays.Count > 0 ? visitDays[0] : null,
            visitDays.Count > 0 ? visitDays[^1] : null,
            State.FindingsSharedOn,
            State.Workshop?.HeldOn));
        foreach (var key in keys)
        {
            if (computed.TryGetValue(key, out var date))
            {
                State.Deadlines[key] = date;
            }
            else
            {
                State.Deadlines.Remove(key);
            }
        }
    }

    private List<Guid> ReviewerIds() => [.. State.Team.Reviewers.Select(r => r.PersonId)];

    private CycleSummary BuildSummary() => new(
        Id,
        State.TenantId,
        State.PartnershipId,
        State.RoundId,
        State.Urn,
        State.Stage,
        State.PausedOn is not null,
        new Dictionary<string, DateOnly>(State.Deadlines),
        State.Team.LeadReviewer?.PersonId,
        ReviewerIds(),
        State.Champion?.PersonId,
        State.FacilitatorId,
        ETag)
    {
        ClosedOn = State.Close.ClosedOn,
        EvidencePurgedAt = State.Purge?.PurgedAt,
    };
}
