using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Actions.Support;

namespace Spp.Improvement.Tests.Actions;

/// <summary>School-to-school support tied to actions: offers, requests and their answers.</summary>
public sealed class SupportGrainTests(ActionPlanGrainHost host) : IClassFixture<ActionPlanGrainHost>
{
    private async Task<(PlanScenario Scenario, Guid ActionId)> PlanWithAnActionAsync()
    {
        var s = new PlanScenario();
        var actionId = Guid.NewGuid();
        await host.Plan(s.CycleId).AddAction(s.As(s.Champion), actionId, new ActionDraft("Maths mastery", null, s.Staff, null, null, null));
        return (s, actionId);
    }

    [Fact]
    public async Task A_partner_headteacher_offers_support_and_the_headteacher_accepts_then_completes_it()
    {
        var (s, actionId) = await PlanWithAnActionAsync();
        var supportId = Guid.NewGuid();

        var offered = await host.Plan(s.CycleId).ProposeSupport(s.As(s.PartnerHead), supportId, new SupportProposal(PlanScenario.PartnerUrn, PlanScenario.Urn, actionId, "Our maths lead can visit"));
        var accepted = await host.Plan(s.CycleId).AnswerSupport(s.As(s.Headteacher), supportId, SupportAnswer.Accept, offered.ETag);
        var completed = await host.Plan(s.CycleId).AnswerSupport(s.As(s.PartnerHead), supportId, SupportAnswer.Complete, accepted.ETag);

        Assert.Equal((SupportDirection.Offer, SupportStatus.Offered), (offered.Item.Direction, offered.Item.Status));
        Assert.Equal((SupportStatus.Accepted, s.Headteacher), (accepted.Item.Status, accepted.Item.AnsweredBy));
        Assert.Equal(SupportStatus.Completed, completed.Item.Status);
        var events = await host.EventsOfAsync(s.CycleId);
        Assert.Equal([nameof(ActionAdded), nameof(SupportOffered), nameof(SupportAccepted), nameof(SupportCompleted)], events.Select(e => e.Type));
        Assert.DoesNotContain(events, e => e.Payload.Contains("maths lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_school_requests_support_and_only_the_partner_it_asked_answers()
    {
        var (s, actionId) = await PlanWithAnActionAsync();
        var supportId = Guid.NewGuid();

        var requested = await host.Plan(s.CycleId).ProposeSupport(s.As(s.Champion), supportId, new SupportProposal(PlanScenario.Urn, PlanScenario.PartnerUrn, actionId, "Visit your Year 6"));
        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() => host.Plan(s.CycleId).AnswerSupport(s.As(s.Headteacher), supportId, SupportAnswer.Accept, null));
        var declined = await host.Plan(s.CycleId).AnswerSupport(s.As(s.PartnerHead), supportId, SupportAnswer.Decline, requested.ETag);
        var again = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Plan(s.CycleId).AnswerSupport(s.As(s.PartnerHead), supportId, SupportAnswer.Accept, null));

        Assert.Equal(SupportDirection.Request, requested.Item.Direction);
        Assert.Equal(SupportStatus.Declined, declined.Item.Status);
        Assert.Equal(nameof(SupportStatus.Declined), again.From);
        Assert.Contains(nameof(SupportRequested), (await host.EventsOfAsync(s.CycleId)).Select(e => e.Type));
    }

    [Fact]
    public async Task Support_stays_within_the_partnership_and_tied_to_an_action_of_the_plan()
    {
        var (s, actionId) = await PlanWithAnActionAsync();

        var outside = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.Champion), Guid.NewGuid(), new SupportProposal(PlanScenario.Urn, PlanScenario.OutsideUrn, actionId, "Help")));
        var elsewhere = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.Facilitator), Guid.NewGuid(), new SupportProposal(PlanScenario.PartnerUrn, PlanScenario.OtherPartnerUrn, actionId, "Help")));
        var unknownAction = await Assert.ThrowsAsync<RuleViolationException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.Champion), Guid.NewGuid(), new SupportProposal(PlanScenario.Urn, PlanScenario.PartnerUrn, Guid.NewGuid(), "Help")));

        Assert.Equal("support-partner-only", outside.Rule);
        Assert.Equal("support-not-for-this-school", elsewhere.Rule);
        Assert.Equal("action-unknown", unknownAction.Rule);
    }

    [Fact]
    public async Task A_partner_school_offers_only_its_own_support_and_reviewers_do_not_request_it()
    {
        var (s, actionId) = await PlanWithAnActionAsync();

        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.PartnerHead), Guid.NewGuid(), new SupportProposal(PlanScenario.OtherPartnerUrn, PlanScenario.Urn, actionId, "Help")));
        await Assert.ThrowsAsync<ActionPlanAccessDeniedException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.Reviewer), Guid.NewGuid(), new SupportProposal(PlanScenario.Urn, PlanScenario.PartnerUrn, actionId, "Help")));
        await Assert.ThrowsAsync<GrainNotFoundException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.Outsider), Guid.NewGuid(), new SupportProposal(PlanScenario.PartnerUrn, PlanScenario.Urn, actionId, "Help")));
    }

    [Fact]
    public async Task Support_is_not_proposed_before_the_action_plan_stage()
    {
        var (s, actionId) = await PlanWithAnActionAsync();
        s.Stage = CycleStage.ImprovementWorkshop;

        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            host.Plan(s.CycleId).ProposeSupport(s.As(s.PartnerHead), Guid.NewGuid(), new SupportProposal(PlanScenario.PartnerUrn, PlanScenario.Urn, actionId, "Help")));

        Assert.Equal(nameof(CycleStage.ImprovementWorkshop), refused.From);
    }
}
