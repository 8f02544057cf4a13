using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Actions;

/// <summary>
/// School-to-school support. Leaders of partner schools take part without seeing the rest of the
/// plan: they make offers and answer requests addressed to their school.
/// </summary>
public sealed partial class ActionPlanGrain
{
    public Task<PlanChange<SupportArrangement>> ProposeSupport(PlanActor actor, Guid supportId, SupportProposal proposal)
    {
        EnsureSameCycle(actor);

        // A partner school's leaders may offer or be asked for support without seeing the rest of the plan.
        if (!SeesPlanOrPartOfIt(actor) && actor.LedPartnerUrns.Count == 0)
        {
            throw new GrainNotFoundException("The action plan");
        }

        EnsureStage(actor, "propose support", CycleStage.ActionPlan, CycleStage.Impact);
        EnsureInput(ActionPlanRules.Validate(proposal));
        var direction = DirectionOf(actor.Cycle, proposal);
        var allowed = direction == SupportDirection.Offer
            ? actor.LedPartnerUrns.Contains(proposal.FromUrn) || actor.Roles.IsFacilitator
            : actor.Roles.DraftsPlan;
        if (!allowed)
        {
            throw new ActionPlanAccessDeniedException(direction == SupportDirection.Offer
                ? "Support is offered by a leader of the offering school or by the facilitator."
                : "Support is requested by those who draft the plan.");
        }

        if (State.Support.Find(s => s.Id == supportId) is { } existing)
        {
            if (new SupportProposal(existing.FromUrn, existing.ToUrn, existing.ActionId, existing.Description) != proposal)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Changed(existing);
        }

        if (FindAction(proposal.ActionId) is null)
        {
            throw new RuleViolationException("action-unknown", "Support is tied to an action of this plan.");
        }

        EnsureRoom(State.Support.Count, ActionPlanLimits.MaxSupport, "support offers and requests");
        Attach(actor);
        var support = new SupportArrangement(
            supportId, direction, proposal.FromUrn, proposal.ToUrn, proposal.ActionId, proposal.Description,
            SupportStatus.Offered, actor.PersonId, time.GetUtcNow(), null, null, null);
        State.Support.Add(support);
        Raise(direction == SupportDirection.Offer
            ? new SupportOffered(State.TenantId, GetPrimaryKey(), supportId, support.ActionId, support.FromUrn, support.ToUrn, actor.PersonId)
            : new SupportRequested(State.TenantId, GetPrimaryKey(), supportId, support.ActionId, support.FromUrn, support.ToUrn, actor.PersonId));
        return Changed(support);
    }

    public Task<PlanChange<SupportArrangement>> AnswerSupport(PlanActor actor, Guid supportId, SupportAnswer answer, string? ifMatch)
    {
        EnsureSameCycle(actor);
        var current = State.Support.Find(s => s.Id == supportId);
        if (current is null || !SeesSupport(actor, current.FromUrn, current.ToUrn))
        {
            throw new GrainNotFoundException("The support");
        }

        var allowed = answer == SupportAnswer.Complete
            ? Leads(actor, current.FromUrn) || Leads(actor, current.ToUrn)
            : Leads(actor, current.ToUrn);
        if (!allowed)
        {
            throw new ActionPlanAccessDeniedException(answer == SupportAnswer.Complete
                ? "A leader of either school or the facilitator records that support was given."
                : "A leader of the school it was made to, or the facilitator, answers an offer or request.");
        }

        EnsureETag(ifMatch);

        EnsureStage(actor, "answer support", CycleStage.ActionPlan, CycleStage.Impact);
        var needed = answer == SupportAnswer.Complete ? SupportStatus.Accepted : SupportStatus.Offered;
        if (current.Status != needed)
        {
            throw new InvalidTransitionException(current.Status.ToString(), answer.ToString().ToLowerInvariant() + " support");
        }

        var now = time.GetUtcNow();
        var changed = answer switch
        {
            SupportAnswer.Accept => current with { Status = SupportStatus.Accepted, AnsweredBy = actor.PersonId, AnsweredAt = now },
            SupportAnswer.Decline => current with { Status = SupportStatus.Declined, AnsweredBy = actor.PersonId, AnsweredAt = now },
            _ => current with { Status = SupportStatus.Completed, CompletedAt = now },
        };
        State.Support[State.Support.IndexOf(current)] = changed;
        var (cycleId, by) = (GetPrimaryKey(), actor.PersonId);
        Raise(answer switch
        {
            SupportAnswer.Accept => new SupportAccepted(State.TenantId, cycleId, supportId, current.ActionId, current.FromUrn, current.ToUrn, by),
            SupportAnswer.Decline => new SupportDeclined(State.TenantId, cycleId, supportId, current.ActionId, current.FromUrn, current.ToUrn, by),
            _ => (object)new SupportCompleted(State.TenantId, cycleId, supportId, current.ActionId, current.FromUrn, current.ToUrn, by),
        });
        return Changed(changed);
    }

    private static SupportDirection DirectionOf(PlanCycle cycle, SupportProposal proposal)
    {
        var (direction, partner) = proposal.ToUrn == cycle.Urn ? (SupportDirection.Offer, proposal.FromUrn)
            : proposal.FromUrn == cycle.Urn ? (SupportDirection.Request, proposal.ToUrn)
            : throw new RuleViolationException("support-not-for-this-school", "Support on this plan goes to or from the cycle's school.");
        if (!cycle.PartnerUrns.Contains(partner))
        {
            throw new RuleViolationException("support-partner-only", "Support goes between schools of the same partnership.");
        }

        return direction;
    }

    /// <summary>Who takes the side of school <paramref name="urn"/>: its leaders (this school's or a partner's) and the facilitator.</summary>
    private static bool Leads(PlanActor actor, int urn) =>
        actor.Roles.IsFacilitator
        || (urn == actor.Cycle.Urn ? actor.Roles.IsHeadteacher || actor.Roles.IsSchoolLeader : actor.LedPartnerUrns.Contains(urn));

    private bool SeesSupport(PlanActor actor, int fromUrn, int toUrn) =>
        SeesPlanOrPartOfIt(actor) || actor.LedPartnerUrns.Contains(fromUrn) || actor.LedPartnerUrns.Contains(toUrn);

    private bool SeesPlanOrPartOfIt(PlanActor actor) => actor.Roles.SeesFindings || OwnsAnAction(actor.PersonId);

    private Task<PlanChange<SupportArrangement>> Changed(SupportArrangement support) => Task.FromResult(new PlanChange<SupportArrangement>(support, ETag));
}
