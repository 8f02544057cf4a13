using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Partnerships;

namespace Spp.Improvement.Tests.Cycles.Support;

/// <summary>Walks one cycle of a <see cref="CycleWorld"/> through its stages by the grain's own commands, as each role would.</summary>
public sealed class CycleDriver(IGrainFactory grains, CycleWorld world, DateOnly today, TimeProvider? time = null)
{
    public IReviewCycleGrain Cycle => grains.GetGrain<IReviewCycleGrain>(world.CycleId);

    public CycleWorld World => world;

    /// <summary>The ETag of the last answer: what the next command sends.</summary>
    public string ETag { get; private set; } = "\"0\"";

    public Guid ItemId { get; } = Guid.CreateVersion7();

    public Guid EvidenceId { get; } = Guid.CreateVersion7();

    public Guid FindingId { get; } = Guid.CreateVersion7();

    /// <summary>Visit days: today and tomorrow, so that evidence can be recorded now.</summary>
    public IReadOnlyList<DateOnly> VisitDays => [today, today.AddDays(1)];

    public async Task<CycleView> Track(Task<CycleView> command)
    {
        var view = await command;
        ETag = view.ETag;
        return view;
    }

    public async Task OpenAsync()
    {
        await world.EnrolSchoolAsync(grains);
        ETag = (await Cycle.Open(world.Opening())).ETag;
    }

    /// <summary>Long list, focus, submitted: the cycle is in review planning.</summary>
    public async Task<CycleView> ToReviewPlanningAsync()
    {
        await OpenAsync();
        await Track(Cycle.ProposeLongListItem(world.As(world.StaffMember), ItemId, "Reading for pleasure in key stage 2"));
        await Track(Cycle.ChooseEnquiryFocus(world.As(world.SeniorLeader), Focus(), ETag));
        return await Track(Cycle.SubmitSelfReview(world.As(world.Headteacher), ETag));
    }

    public async Task<CycleView> ProposePlanAsync(bool teamConfirmed = true) =>
        await Track(Cycle.ProposeReviewPlan(world.As(world.LeadReviewer), new ReviewPlanProposal(VisitDays, "Pupil voice in Years 4–6; book looks", teamConfirmed), ETag));

    /// <summary>Plan proposed and agreed: the cycle is in peer review.</summary>
    public async Task<CycleView> ToPeerReviewAsync()
    {
        await ToReviewPlanningAsync();
        await ProposePlanAsync();
        return await Track(Cycle.AgreeReviewPlan(world.As(world.Headteacher), ETag));
    }

    public async Task<CycleView> RecordEvidenceAsync(string note = "Pupils talked about the books they chose") =>
        await Track(Cycle.RecordEvidence(world.As(world.Reviewer), EvidenceId, new EvidenceDraft(EvidenceKind.PupilVoice, note, "To what extent do pupils choose to read?")));

    /// <summary>Evidence, a finding tied to it, shared: the cycle is in the improvement workshop.</summary>
    public async Task<CycleView> ToWorkshopAsync()
    {
        await ToPeerReviewAsync();
        await RecordEvidenceAsync();
        await Track(Cycle.DraftFinding(world.As(world.LeadReviewer), FindingId, new FindingDraft(FindingKind.Strength, "Pupils choose books widely", [EvidenceId])));
        return await Track(Cycle.ShareFindings(world.As(world.LeadReviewer), ETag));
    }

    public async Task<CycleView> AssignChampionAsync() =>
        await Track(Cycle.AssignChampion(world.As(world.Facilitator), new ChampionAssignment(world.Champion, world.ChampionUrn), ETag));

    /// <summary>Champion assigned and workshop held: the cycle is in the action plan.</summary>
    public async Task<CycleView> ToActionPlanAsync()
    {
        await ToWorkshopAsync();
        await AssignChampionAsync();
        return await Track(Cycle.RecordWorkshopHeld(world.As(world.Champion), Workshop(), ETag));
    }

    /// <summary>Action plan drafted with one complete action and agreed: the cycle measures impact, with one reading taken.</summary>
    public async Task<CycleView> ToImpactAsync()
    {
        await ToActionPlanAsync();
        var actionId = await DraftActionAsync(grains, world, time ?? TimeProvider.System, today);
        var view = await Track(Cycle.AgreeActionPlan(world.As(world.Headteacher), ETag));
        await MeasureImpactAsync(grains, world, time ?? TimeProvider.System, today, actionId);
        return view;
    }

    /// <summary>The Improvement Champion drafts one complete action owned by the school's member of staff.</summary>
    public static async Task<Guid> DraftActionAsync(IGrainFactory grains, CycleWorld world, TimeProvider time, DateOnly today)
    {
        await EnsurePartnershipAsync(grains, world, today);
        var links = new GrainActionPlanLinks(grains, time);
        var champion = await links.ActorAsync(world.CycleId, world.TenantId, world.Champion, [world.ChampionUrn]);
        var actionId = Guid.CreateVersion7();
        await grains.GetGrain<IActionPlanGrain>(world.CycleId).AddAction(champion, actionId, new ActionDraft("Daily class reading time", null, world.StaffMember, today.AddMonths(3), "More pupils read at home", "Reading"));
        return actionId;
    }

    /// <summary>The partnership the action plan reads (the cycle itself only keeps its id).</summary>
    private static async Task EnsurePartnershipAsync(IGrainFactory grains, CycleWorld world, DateOnly today)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(world.PartnershipId);
        try
        {
            await partnership.Get();
        }
        catch (GrainNotFoundException)
        {
            var etag = (await partnership.Create(new PartnershipCreation(world.TenantId, "North Leeds", ProgrammePhase.Build, today.AddMonths(-2), null))).ETag;
            await partnership.AddSchool(world.Urn, etag);
        }
    }

    /// <summary>The action's owner defines an impact measure and takes its first reading.</summary>
    public static async Task MeasureImpactAsync(IGrainFactory grains, CycleWorld world, TimeProvider time, DateOnly today, Guid actionId)
    {
        var owner = await new GrainActionPlanLinks(grains, time).ActorAsync(world.CycleId, world.TenantId, world.StaffMember, [world.Urn]);
        var plan = grains.GetGrain<IActionPlanGrain>(world.CycleId);
        var measureId = Guid.CreateVersion7();
        await plan.DefineMeasure(owner, measureId, new MeasureDefinition(ImpactLevel.Pupils, "Pupils reading at home", actionId, new MeasurePoint(40, today.AddDays(-7)), new MeasurePoint(60, today.AddMonths(6))));
        await plan.RecordReading(owner, measureId, Guid.CreateVersion7(), new ReadingInput(45, today, null));
    }

    public EnquiryFocus Focus() =>
        new("Reading for pleasure", [new EnquiryQuestion("To what extent do pupils choose to read?", null, null)], [ItemId]);

    public WorkshopReport Workshop() =>
        new(today, new WorkshopParticipants(12, ["teachers", "teaching assistants"]), ["Daily class reading time"]);
}
