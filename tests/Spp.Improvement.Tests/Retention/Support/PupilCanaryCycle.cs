using Spp.Improvement.Attachments;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Cycles.Support;

namespace Spp.Improvement.Tests.Retention.Support;

/// <summary>
/// A cycle walked to Closed whose evidence note, finding, attachment (name and bytes) and close
/// summary all mention a pupil by a made-up name, so a test can look for that name anywhere.
/// </summary>
internal sealed class PupilCanaryCycle
{
    /// <summary>A pupil's name no real text contains.</summary>
    public const string Pupil = "Quillon Marchbanks";

    private readonly RetentionHost _host;

    private PupilCanaryCycle(RetentionHost host, CycleWorld world, Guid attachmentId)
    {
        _host = host;
        World = world;
        AttachmentId = attachmentId;
    }

    public CycleWorld World { get; }

    /// <summary>The cycle on the host as it runs now (it may have been restarted since the close).</summary>
    public IReviewCycleGrain Cycle => _host.Grains.GetGrain<IReviewCycleGrain>(World.CycleId);

    public Guid AttachmentId { get; }

    /// <summary>Walks a fresh cycle through every stage to Closed on the host's clock (closed today).</summary>
    public static async Task<PupilCanaryCycle> CloseAsync(RetentionHost host)
    {
        var cycle = new CycleDriver(host.Grains, new CycleWorld(host.Today), host.Today, host.Clock);
        var w = cycle.World;
        await cycle.ToPeerReviewAsync();
        await cycle.RecordEvidenceAsync($"{Pupil} said she reads every night");
        var attachmentId = await AttachAsync(host, cycle);
        await cycle.Track(cycle.Cycle.DraftFinding(w.As(w.LeadReviewer), cycle.FindingId, new FindingDraft(FindingKind.Strength, $"Pupils such as {Pupil} choose books widely", [cycle.EvidenceId])));
        await cycle.Track(cycle.Cycle.ShareFindings(w.As(w.LeadReviewer), cycle.ETag));
        await cycle.AssignChampionAsync();
        await cycle.Track(cycle.Cycle.RecordWorkshopHeld(w.As(w.Champion), cycle.Workshop(), cycle.ETag));
        var actionId = await CycleDriver.DraftActionAsync(host.Grains, w, host.Clock, host.Today);
        await cycle.Track(cycle.Cycle.AgreeActionPlan(w.As(w.Headteacher), cycle.ETag));
        await CycleDriver.MeasureImpactAsync(host.Grains, w, host.Clock, host.Today, actionId);
        await cycle.Track(cycle.Cycle.ConfirmClose(w.As(w.Facilitator), $"Reading is daily; {Pupil} leads the book club", cycle.ETag));
        await cycle.Track(cycle.Cycle.ConfirmClose(w.As(w.Headteacher), $"Reading is daily; {Pupil} leads the book club", cycle.ETag));
        return new PupilCanaryCycle(host, w, attachmentId);
    }

    /// <summary>Stores a file named after the pupil and links it to the evidence, as the upload route does.</summary>
    private static async Task<Guid> AttachAsync(RetentionHost host, CycleDriver cycle)
    {
        var w = cycle.World;
        var id = Guid.CreateVersion7();
        var fileName = $"{Pupil} reading log.txt";
        using var bytes = new MemoryStream("Books read this week: 4\n"u8.ToArray());
        var stored = await host.Store.StoreAsync(
            new AttachmentUpload(id, w.TenantId, w.CycleId, cycle.EvidenceId, w.Reviewer, fileName, "text/plain"),
            bytes,
            TestContext.Current.CancellationToken);
        var file = stored.Attachment!;
        await cycle.Cycle.AddEvidenceAttachment(w.Reviewer, new EvidenceAttachment(id, cycle.EvidenceId, fileName, file.ContentType, file.Length, file.Sha256, file.StoredAt, w.Reviewer));
        await host.Store.MarkLinkedAsync(id, TestContext.Current.CancellationToken);
        return id;
    }
}
