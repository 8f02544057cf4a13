using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Actions;

/// <summary>Stage 5: drafting actions and reporting their status.</summary>
public sealed partial class ActionPlanGrain
{
    public Task<PlanChange<ActionView>> AddAction(PlanActor actor, Guid actionId, ActionDraft draft)
    {
        EnsureVisible(actor);
        EnsureDrafter(actor);
        EnsureDrafting(actor, "add an action");
        EnsureInput(ActionPlanRules.Validate(draft));
        if (FindAction(actionId) is { } existing)
        {
            if (DraftOf(existing) != draft)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Changed(existing);
        }

        EnsureRoom(State.Actions.Count, ActionPlanLimits.MaxActions, "actions");
        EnsureOwner(actor, draft.OwnerId);
        EnsureDueDate(draft.DueOn);
        Attach(actor);
        var action = new PlannedAction(
            actionId, draft.Title, draft.Description, draft.OwnerId, draft.DueOn, draft.SuccessMeasure, draft.Priority,
            ActionStatus.NotStarted, [], actor.PersonId, time.GetUtcNow());
        State.Actions.Add(action);
        Raise(new ActionAdded(State.TenantId, GetPrimaryKey(), State.Urn, actionId, action.OwnerId, action.DueOn));
        return Changed(action);
    }

    public Task<PlanChange<ActionView>> ChangeAction(PlanActor actor, Guid actionId, ActionEdit edit, string? ifMatch)
    {
        EnsureVisible(actor);
        EnsureDrafter(actor);
        EnsureETag(ifMatch);
        EnsureDrafting(actor, "change an action");
        EnsureInput(ActionPlanRules.Validate(edit));
        var current = FindAction(actionId) ?? throw new GrainNotFoundException("The action");
        if (edit.OwnerId is not null)
        {
            EnsureOwner(actor, edit.OwnerId);
        }

        if (edit.DueOn is not null)
        {
            EnsureDueDate(edit.DueOn);
        }

        var changed = current with
        {
            Title = edit.Title ?? current.Title,
            Description = edit.Description ?? current.Description,
            OwnerId = edit.OwnerId ?? current.OwnerId,
            DueOn = edit.DueOn ?? current.DueOn,
            SuccessMeasure = edit.SuccessMeasure ?? current.SuccessMeasure,
            Priority = edit.Priority ?? current.Priority,
        };
        if (DraftOf(changed) == DraftOf(current))
        {
            LeaveUnchanged();
            return Changed(current);
        }

        State.Actions[State.Actions.IndexOf(current)] = changed;
        Raise(new ActionChanged(State.TenantId, GetPrimaryKey(), State.Urn, actionId, changed.OwnerId, changed.DueOn));
        return Changed(changed);
    }

    public Task<PlanChange<ActionView>> ReportStatus(PlanActor actor, Guid actionId, Guid updateId, ActionStatus status, string? note)
    {
        EnsureVisible(actor);
        var current = FindAction(actionId) ?? throw new GrainNotFoundException("The action");
        if (current.OwnerId != actor.PersonId && !actor.Roles.IsHeadteacher)
        {
            throw new ActionPlanAccessDeniedException("Only the action's owner or the headteacher reports its status.");
        }

        EnsureStage(actor, "report an action's status", CycleStage.ActionPlan, CycleStage.Impact);
        EnsureInput(ActionPlanRules.ValidateNote(note));
        if (current.Updates.FirstOrDefault(u => u.Id == updateId) is { } repeat)
        {
            if (repeat.Status != status || repeat.Note != note)
            {
                throw KeyReused();
            }

            LeaveUnchanged();
            return Changed(current);
        }

        EnsureRoom(current.Updates.Count, ActionPlanLimits.MaxStatusUpdates, "status updates per action");
        var update = new StatusUpdate(updateId, status, note, actor.PersonId, time.GetUtcNow());
        var changed = current with { Status = status, Updates = [.. current.Updates, update] };
        State.Actions[State.Actions.IndexOf(current)] = changed;
        Raise(new ActionStatusChanged(State.TenantId, GetPrimaryKey(), State.Urn, actionId, updateId, status, actor.PersonId, update.ReportedAt));
        return Changed(changed);
    }

    private PlannedAction? FindAction(Guid actionId) => State.Actions.Find(a => a.Id == actionId);

    private Task<PlanChange<ActionView>> Changed(PlannedAction action) =>
        Task.FromResult(new PlanChange<ActionView>(ActionView.Of(action, LondonCalendar.Today(time)), ETag));

    private static ActionDraft DraftOf(PlannedAction a) => new(a.Title, a.Description, a.OwnerId, a.DueOn, a.SuccessMeasure, a.Priority);

    private static void EnsureDrafter(PlanActor actor)
    {
        if (!actor.Roles.DraftsPlan)
        {
            throw new ActionPlanAccessDeniedException("The Improvement Champion drafts the plan with the school's leaders; the facilitator may adjust it.");
        }
    }

    private void EnsureDrafting(PlanActor actor, string action)
    {
        EnsureStage(actor, action, CycleStage.ActionPlan);
        if (IsAgreed)
        {
            throw new InvalidTransitionException($"{CycleStage.ActionPlan} (agreed)", action);
        }
    }

    private static void EnsureOwner(PlanActor actor, Guid? ownerId)
    {
        if (ownerId is { } id && !actor.SchoolStaff.Contains(id))
        {
            throw new RuleViolationException("action-owner-not-staff", "An action's owner must be a member of the school's staff.");
        }
    }

    private void EnsureDueDate(DateOnly? dueOn)
    {
        if (dueOn < LondonCalendar.Today(time))
        {
            throw new RuleViolationException("action-due-in-past", "An action's due date cannot be in the past.");
        }
    }
}
