using Spp.Contracts.Partnerships;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;

namespace Spp.Improvement.Partnerships;

/// <inheritdoc cref="IPartnershipGrain"/>
/// <remarks>
/// Calls to enrolments and people are made before this grain's state changes: they are not part of
/// its transaction, so each is idempotent and a retried call converges.
/// </remarks>
[GrainType("partnership")]
public sealed class PartnershipGrain(IGrainFactory grains, TimeProvider time) : Grain<PartnershipState>, IPartnershipGrain
{
    protected override Guid? EventTenantId => State.TenantId;

    private PhasePeriod CurrentPhase => State.Phases[^1];

    public Task<PartnershipView> Get() => Task.FromResult(EnsureExists().View());

    public async Task<PartnershipView> Create(PartnershipCreation creation)
    {
        ArgumentNullException.ThrowIfNull(creation);
        PartnershipRules.EnsureValid(creation.Name, creation.PhaseStarts, creation.PhaseEnds);
        if (Exists)
        {
            var first = State.Phases[0];
            if (State.TenantId != creation.TenantId || State.Name != creation.Name || first != new PhasePeriod(creation.Phase, creation.PhaseStarts, creation.PhaseEnds))
            {
                throw new RuleViolationException("partnership-exists", "A different partnership already exists with this id.");
            }

            // A retried create: the first result, unchanged.
            LeaveUnchanged();
            return View();
        }

        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.PartnershipsOf(creation.TenantId)).Add(GetPrimaryKey());
        State.TenantId = creation.TenantId;
        State.Name = creation.Name;
        State.Phases = [new PhasePeriod(creation.Phase, creation.PhaseStarts, creation.PhaseEnds)];
        State.CreatedAt = time.GetUtcNow();
        Raise(new PartnershipCreated(GetPrimaryKey(), creation.Name, creation.Phase.ToString(), creation.PhaseStarts, creation.PhaseEnds));
        return View();
    }

    public Task<PartnershipView> Rename(string name, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (PartnershipRules.NameProblem(name) is { } problem)
        {
            throw new RuleViolationException("partnership-name-invalid", problem);
        }

        if (State.Name == name)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.Name = name;
        Raise(new PartnershipRenamed(GetPrimaryKey(), name));
        return Task.FromResult(View());
    }

    public Task<PartnershipView> AdvancePhase(ProgrammePhase phase, DateOnly starts, DateOnly? ends, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        var current = CurrentPhase;
        if (phase <= current.Phase)
        {
            // Phases only move forward: going back (or "moving" to the same phase) is not a transition there is.
            throw new InvalidTransitionException(current.Phase.ToString(), $"move to {phase}");
        }

        if (starts <= current.Starts)
        {
            throw new RuleViolationException("phase-dates-out-of-order", $"The {phase} phase must start after the {current.Phase} phase started ({current.Starts:yyyy-MM-dd}).");
        }

        if (PartnershipRules.PhaseDatesProblem(starts, ends) is { } problem)
        {
            throw new RuleViolationException("phase-dates-out-of-order", problem);
        }

        // The phase that ends now ends the day before the next starts, whatever was planned.
        State.Phases[^1] = current with { Ends = starts.AddDays(-1) };
        State.Phases.Add(new PhasePeriod(phase, starts, ends));
        Raise(new PartnershipPhaseChanged(GetPrimaryKey(), current.Phase.ToString(), phase.ToString(), starts, ends));
        return Task.FromResult(View());
    }

    public async Task<PartnershipView> AssignFacilitator(Guid personId, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.FacilitatorId == personId)
        {
            LeaveUnchanged();
            return View();
        }

        if (!await IsFacilitatorOfTenant(personId))
        {
            throw new RuleViolationException("not-a-facilitator", "The person is not a facilitator of this tenant.");
        }

        var previous = State.FacilitatorId;
        State.FacilitatorId = personId;
        Raise(new PartnershipFacilitatorAssigned(GetPrimaryKey(), personId, previous));
        return View();
    }

    public async Task<PartnershipView> AddSchool(int urn, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (State.SchoolUrns.Contains(urn))
        {
            LeaveUnchanged();
            return View();
        }

        if (State.SchoolUrns.Count >= PartnershipRules.MaxSchools)
        {
            throw new RuleViolationException("partnership-full", $"A partnership has at most {PartnershipRules.MaxSchools} schools.");
        }

        var enrolment = grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(State.TenantId, urn));
        var current = await EnrolmentOrNull(enrolment);
        if (current is not { Status: EnrolmentStatus.Active } || current.TenantId != State.TenantId)
        {
            throw new RuleViolationException("school-not-enrolled", $"School {urn} is not enrolled with this tenant.");
        }

        // Refuses with school-in-another-partnership when the school is already in one.
        await enrolment.JoinPartnership(GetPrimaryKey());
        State.SchoolUrns.Add(urn);
        State.SchoolHistory.Add(new SchoolMembershipChange(urn, Joined: true, time.GetUtcNow()));
        Raise(new PartnershipSchoolAdded(GetPrimaryKey(), urn, State.SchoolUrns.Count, PartnershipRules.IsFormed(State.SchoolUrns.Count)));
        return View();
    }

    public async Task<PartnershipView> RemoveSchool(int urn, string? ifMatch)
    {
        EnsureExists().EnsureETag(ifMatch);
        if (!State.SchoolUrns.Contains(urn))
        {
            LeaveUnchanged();
            return View();
        }

        await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(State.TenantId, urn)).LeavePartnership(GetPrimaryKey());
        State.SchoolUrns.Remove(urn);
        State.SchoolHistory.Add(new SchoolMembershipChange(urn, Joined: false, time.GetUtcNow()));
        Raise(new PartnershipSchoolRemoved(GetPrimaryKey(), urn, State.SchoolUrns.Count, PartnershipRules.IsFormed(State.SchoolUrns.Count)));

        // A champion is a member of a member school's staff: one from the school that left no longer is.
        if (State.Champions.RemoveAll(c => c.Urn == urn) > 0)
        {
            Raise(ChampionsChanged());
        }

        return View();
    }

    public async Task<PartnershipView> SetChampions(IReadOnlyList<ChampionView> champions, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(champions);
        EnsureExists().EnsureETag(ifMatch);
        var wanted = champions.Distinct().OrderBy(c => c.Urn).ThenBy(c => c.PersonId).ToList();
        if (wanted.SequenceEqual(State.Champions))
        {
            LeaveUnchanged();
            return View();
        }

        foreach (var urn in wanted.Select(c => c.Urn).Distinct())
        {
            if (!State.SchoolUrns.Contains(urn))
            {
                throw new RuleViolationException("champion-school-not-member", $"School {urn} is not a member of this partnership.");
            }

            var staff = (await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(State.TenantId, urn)).Get()).Staff.Select(s => s.PersonId).ToHashSet();
            if (wanted.FirstOrDefault(c => c.Urn == urn && !staff.Contains(c.PersonId)) is { } outsider)
            {
                throw new RuleViolationException("champion-not-school-staff", $"Person {outsider.PersonId} is not on the staff of school {urn}.");
            }
        }

        State.Champions = wanted;
        Raise(ChampionsChanged());
        return View();
    }

    private PartnershipChampionsChanged ChampionsChanged() =>
        new(GetPrimaryKey(), [.. State.Champions.Select(c => new PartnershipChampion(c.PersonId, c.Urn))]);

    private async Task<bool> IsFacilitatorOfTenant(Guid personId)
    {
        try
        {
            return await grains.GetGrain<IPersonGrain>(personId).MembershipIn(State.TenantId) is { IsFacilitator: true };
        }
        catch (GrainNotFoundException)
        {
            return false;
        }
    }

    private static async Task<EnrolmentView?> EnrolmentOrNull(IEnrolmentGrain enrolment)
    {
        try
        {
            return await enrolment.Get();
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    private PartnershipGrain EnsureExists() => Exists ? this : throw new GrainNotFoundException("The partnership");

    private PartnershipView View()
    {
        var phase = CurrentPhase;
        return new PartnershipView(
            GetPrimaryKey(),
            State.TenantId,
            State.Name,
            phase.Phase,
            phase.Starts,
            phase.Ends,
            State.FacilitatorId,
            [.. State.Champions],
            [.. State.SchoolUrns.Order()],
            PartnershipRules.IsFormed(State.SchoolUrns.Count),
            ETag)
        {
            PhaseHistory = [.. State.Phases],
            SchoolHistory = [.. State.SchoolHistory],
        };
    }
}
