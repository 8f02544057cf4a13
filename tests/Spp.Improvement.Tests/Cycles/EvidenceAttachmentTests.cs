using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Cycles;

/// <summary>Files on evidence records: who may add, remove and read them, as the attachment store asks the cycle.</summary>
public sealed class EvidenceAttachmentTests(CycleGrainHost host) : IClassFixture<CycleGrainHost>
{
    private async Task<CycleDriver> WithEvidenceAsync()
    {
        var cycle = new CycleDriver(host.Grains, new CycleWorld(), host.Today, host.Clock);
        await cycle.ToPeerReviewAsync();
        await cycle.RecordEvidenceAsync();
        return cycle;
    }

    private EvidenceAttachment File(CycleDriver cycle, Guid addedBy) =>
        new(Guid.CreateVersion7(), cycle.EvidenceId, "reading-log.pdf", "application/pdf", 2048, new string('a', 64), host.Clock.GetUtcNow(), addedBy);

    [Fact]
    public async Task The_recorder_attaches_a_file_that_the_cycles_people_find_and_others_do_not()
    {
        var cycle = await WithEvidenceAsync();
        var w = cycle.World;
        var file = File(cycle, w.Reviewer);

        await cycle.Cycle.AddEvidenceAttachment(w.Reviewer, file);
        await cycle.Cycle.AddEvidenceAttachment(w.Reviewer, file);

        Assert.Equal(file, await cycle.Cycle.FindEvidenceAttachment(w.Headteacher, file.Id));
        Assert.Null(await cycle.Cycle.FindEvidenceAttachment(w.PartnerTeacher, file.Id));
        Assert.Null(await cycle.Cycle.FindEvidenceAttachment(w.Headteacher, Guid.CreateVersion7()));
        Assert.Single((await cycle.Cycle.Read(w.As(w.LeadReviewer))).Evidence!.Attachments);
        Assert.Single(await host.EventsOfAsync("review-cycle", w.CycleId), e => e.Type == "EvidenceAttachmentChanged");
    }

    [Fact]
    public async Task Only_the_recorder_attaches_and_the_headteacher_cannot()
    {
        var cycle = await WithEvidenceAsync();
        var w = cycle.World;

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.AddEvidenceAttachment(w.LeadReviewer, File(cycle, w.LeadReviewer)));
        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.AddEvidenceAttachment(w.Headteacher, File(cycle, w.Headteacher)));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => cycle.Cycle.AddEvidenceAttachment(w.Reviewer, File(cycle, w.Reviewer) with { EvidenceId = Guid.CreateVersion7() }));
    }

    [Fact]
    public async Task Removing_a_file_is_idempotent_and_limited_to_who_added_it_or_the_lead()
    {
        var cycle = await WithEvidenceAsync();
        var w = cycle.World;
        var file = File(cycle, w.Reviewer);
        await cycle.Cycle.AddEvidenceAttachment(w.Reviewer, file);

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.RemoveEvidenceAttachment(w.Headteacher, file.Id));
        await cycle.Cycle.RemoveEvidenceAttachment(w.LeadReviewer, file.Id);
        await cycle.Cycle.RemoveEvidenceAttachment(w.LeadReviewer, file.Id);

        Assert.Null(await cycle.Cycle.FindEvidenceAttachment(w.Headteacher, file.Id));
        Assert.DoesNotContain("reading-log", string.Concat((await host.EventsOfAsync("review-cycle", w.CycleId)).Select(e => e.Payload)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facilitator_adjusts_the_team_while_planning_but_a_reviewer_cannot()
    {
        var cycle = new CycleDriver(host.Grains, new CycleWorld(), host.Today, host.Clock);
        await cycle.ToReviewPlanningAsync();
        var w = cycle.World;
        var team = w.Team with { Reviewers = [new Spp.Improvement.Rounds.ReviewerView(Guid.CreateVersion7(), w.ChampionUrn)] };

        await Assert.ThrowsAsync<CycleForbiddenException>(() => cycle.Cycle.AdjustTeam(w.As(w.Reviewer), team, cycle.ETag));
        var view = await cycle.Track(cycle.Cycle.AdjustTeam(w.As(w.Facilitator), team with { Urn = 0 }, cycle.ETag));

        Assert.Equal(team.Reviewers, view.People!.Reviewers);
    }
}
