using Spp.Contracts.Cycles;
using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>Stage 1: the long list, the enquiry focus, submitting and reopening.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task<CycleView> ProposeLongListItem(CycleCaller caller, Guid itemId, string text)
    {
        var roles = await Authorize(caller, r => r.IsSchoolStaff || r.IsSchoolLeader, "propose a long-list item", "staff of the school", ifMatch: null);
        if (State.SelfReview.LongList.FirstOrDefault(i => i.Id == itemId) is { } existing)
        {
            // A retried create: the first result.
            if (existing.ProposedBy != caller.PersonId || existing.Text != text)
            {
                throw new RuleViolationException("long-list-item-exists", "Another long-list item already has this id.");
            }

            LeaveUnchanged();
            return BuildView(roles);
        }

        EnsureStage("propose a long-list item", CycleStage.SelfReview);
        CycleInputRules.Ensure(CycleInputRules.Text("text", text, CycleInputRules.MaxShortText));
        State.SelfReview.LongList.Add(new LongListItem(itemId, text, caller.PersonId, time.GetUtcNow()));
        Raise(new LongListItemProposed(Id, State.TenantId, itemId, caller.PersonId));
        return BuildView(roles);
    }

    public async Task<CycleView> EditLongListItem(CycleCaller caller, Guid itemId, string? text, string? ifMatch)
    {
        var action = text is null ? "remove a long-list item" : "edit a long-list item";
        var roles = await Authorize(caller, r => r.IsSchoolLeader, action, "the school's senior leaders", ifMatch);
        var index = State.SelfReview.LongList.FindIndex(i => i.Id == itemId);
        if (index < 0)
        {
            throw new GrainNotFoundException("The long-list item");
        }

        EnsureStage(action, CycleStage.SelfReview);
        if (text is null)
        {
            if (State.SelfReview.Focus?.FromLongList.Contains(itemId) == true)
            {
                throw new RuleViolationException("long-list-item-in-focus", "The enquiry focus comes from this item; change the focus first.");
            }

            State.SelfReview.LongList.RemoveAt(index);
        }
        else
        {
            CycleInputRules.Ensure(CycleInputRules.Text("text", text, CycleInputRules.MaxShortText));
            State.SelfReview.LongList[index] = State.SelfReview.LongList[index] with { Text = text };
        }

        Raise(new LongListItemChanged(Id, State.TenantId, itemId, Removed: text is null));
        return BuildView(roles);
    }

    public async Task<CycleView> ChooseEnquiryFocus(CycleCaller caller, EnquiryFocus focus, string? ifMatch)
    {
        var roles = await Authorize(caller, r => r.IsSchoolLeader, "choose the enquiry focus", "the school's senior leaders", ifMatch);
        EnsureStage("choose the enquiry focus", CycleStage.SelfReview);
        CycleInputRules.Ensure(CycleInputRules.Focus(focus));
        if (focus.FromLongList.Any(id => State.SelfReview.LongList.All(i => i.Id != id)))
        {
            throw new RuleViolationException("focus-from-long-list", "The enquiry focus is chosen from the school's long list: name items on it.");
        }

        State.SelfReview.Focus = focus with { FromLongList = [.. focus.FromLongList.Distinct()] };
        Raise(new EnquiryFocusChosen(Id, State.TenantId, focus.Questions.Count, BankQuestionIds(focus)));
        return BuildView(roles);
    }

    public async Task<CycleView> SubmitSelfReview(CycleCaller caller, string? ifMatch)
    {
        var (roles, move) = await BeginMove(caller, CycleMove.SubmitSelfReview, ifMatch);
        if (State.SelfReview.Focus is not { } focus)
        {
            throw new RuleViolationException("enquiry-focus-required", "Choose the enquiry focus and question(s) from the long list before submitting.");
        }

        CompleteMove(move, caller.PersonId);
        State.SelfReview.SubmittedOn = Today;
        Raise(new SelfReviewSubmitted(Id, State.TenantId, caller.PersonId, focus.Questions.Count, BankQuestionIds(focus)));
        return BuildView(roles);
    }

    public async Task<CycleView> ReopenSelfReview(CycleCaller caller, string? ifMatch)
    {
        // Reopening is only possible from ReviewPlanning, i.e. before the plan is agreed.
        var (roles, move) = await BeginMove(caller, CycleMove.ReopenSelfReview, ifMatch);
        CompleteMove(move, caller.PersonId);
        State.SelfReview.SubmittedOn = null;
        Raise(new SelfReviewReopened(Id, State.TenantId, caller.PersonId));
        return BuildView(roles);
    }

    private static List<Guid> BankQuestionIds(EnquiryFocus focus) => [.. focus.Questions.Select(q => q.QuestionId).OfType<Guid>()];
}
