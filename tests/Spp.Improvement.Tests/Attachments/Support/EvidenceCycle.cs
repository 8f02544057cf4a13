using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Attachments.Support;

/// <summary>
/// A fresh cycle in peer review with one evidence record by its reviewer, on the real clock (the
/// service under test runs on it): the round window and the visit days are placed around today.
/// </summary>
internal sealed class EvidenceCycle
{
    private EvidenceCycle(CycleWorld world, Guid evidenceId)
    {
        World = world;
        EvidenceId = evidenceId;
    }

    public CycleWorld World { get; }

    public Guid EvidenceId { get; }

    public Guid CycleId => World.CycleId;

    public string Attachments => $"api/v1/cycles/{World.CycleId}/evidence/{EvidenceId}/attachments";

    public static async Task<EvidenceCycle> CreateAsync(IGrainFactory grains)
    {
        var world = new CycleWorld();
        var today = LondonCalendar.Today(TimeProvider.System);
        var cycle = grains.GetGrain<IReviewCycleGrain>(world.CycleId);
        await world.EnrolSchoolAsync(grains);
        var etag = (await cycle.Open(world.Opening() with { WindowStarts = today.AddDays(-30), WindowEnds = today.AddDays(150) })).ETag;
        var item = Guid.CreateVersion7();
        etag = (await cycle.ProposeLongListItem(world.As(world.StaffMember), item, "Reading for pleasure")).ETag;
        etag = (await cycle.ChooseEnquiryFocus(world.As(world.SeniorLeader), new EnquiryFocus("Reading for pleasure", [new EnquiryQuestion("To what extent do pupils choose to read?", null, null)], [item]), etag)).ETag;
        etag = (await cycle.SubmitSelfReview(world.As(world.Headteacher), etag)).ETag;
        etag = (await cycle.ProposeReviewPlan(world.As(world.LeadReviewer), new ReviewPlanProposal([today, today.AddDays(1)], "Pupil voice; book looks", TeamConfirmed: true), etag)).ETag;
        await cycle.AgreeReviewPlan(world.As(world.Headteacher), etag);
        var evidenceId = Guid.CreateVersion7();
        await cycle.RecordEvidence(world.As(world.Reviewer), evidenceId, new EvidenceDraft(EvidenceKind.PupilVoice, "Pupils talked about their books", "To what extent do pupils choose to read?"));
        return new EvidenceCycle(world, evidenceId);
    }

    /// <summary>The internal token the gateway would forward for <paramref name="personId"/> of this cycle's world.</summary>
    public string TokenOf(Spp.Tenancy.Tokens.InternalTokenIssuer tokens, Guid personId, Guid? tenantId = null)
    {
        var caller = World.As(personId);
        IEnumerable<string> roles = caller.SchoolUrns.Select(PlatformRoles.SchoolMember);
        if (caller.IsTenantAdmin)
        {
            roles = roles.Append(PlatformRoles.TenantAdmin);
        }

        return tokens.Issue(personId.ToString(), tenantId ?? World.TenantId, roles);
    }

    public async Task<string> ETagAsync(IGrainFactory grains) => (await grains.GetGrain<IReviewCycleGrain>(CycleId).Summary()).ETag;
}
