using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Retention;
using Spp.Improvement.Tests.Retention.Support;

namespace Spp.Improvement.Tests.Retention;

/// <summary>
/// The tenant's retention rule (cycle.md: evidence "is purged by the tenant's retention rule"): a
/// closed cycle keeps its evidence for the tenant's period, then loses its text and files and keeps
/// its shape; the audit trail never held the text.
/// </summary>
public sealed class EvidencePurgeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_closed_cycle_past_the_default_retention_period_loses_its_text_and_files_but_keeps_its_shape()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);
        var w = closed.World;
        var before = await closed.Cycle.Read(w.As(w.Headteacher));
        Assert.Contains(PupilCanaryCycle.Pupil, before.Evidence!.Evidence[0].Note, StringComparison.Ordinal);

        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.DefaultEvidenceMonths * 31) + 1));
        await host.Purge.PurgeDueAsync(Ct);

        var after = await closed.Cycle.Read(w.As(w.Headteacher));
        var summary = await closed.Cycle.Summary();
        Assert.Equal(CycleStage.Closed, after.Stage);
        Assert.Equal(host.Clock.GetUtcNow(), summary.EvidencePurgedAt);
        Assert.Equal((before.Dates.ClosedOn, before.Dates.FindingsSharedOn), (after.Dates.ClosedOn, after.Dates.FindingsSharedOn));
        Assert.Equal(before.Dates.VisitDays, after.Dates.VisitDays);
        Assert.Equal(before.History, after.History);
        Assert.Equal(before.Evidence.Evidence.Select(e => (e.Id, e.Kind, e.RecordedBy, e.RecordedAt)), after.Evidence!.Evidence.Select(e => (e.Id, e.Kind, e.RecordedBy, e.RecordedAt)));
        Assert.All(after.Evidence.Evidence, e => Assert.Equal((string.Empty, string.Empty), (e.Note, e.EnquiryLine)));
        Assert.Equal(before.Evidence.Findings.Select(f => (f.Id, f.Kind, f.EvidenceIds.Count)), after.Evidence.Findings.Select(f => (f.Id, f.Kind, f.EvidenceIds.Count)));
        Assert.All(after.Evidence.Findings, f => Assert.Empty(f.Text));
        Assert.Empty(after.Evidence.Attachments);
        Assert.All(after.SelfReview!.LongList, i => Assert.Empty(i.Text));
        Assert.Empty(after.SelfReview.Focus!.Focus);
        Assert.Null(after.Plan!.EvidencePlan);
        Assert.Equal(before.Workshop!.Priorities.Count, after.Workshop!.Priorities.Count);
        Assert.Null(after.Close!.Summary);
        Assert.Null(await host.Store.FindAsync(closed.AttachmentId, Ct));
        Assert.DoesNotContain(PupilCanaryCycle.Pupil, System.Text.Json.JsonSerializer.Serialize(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purge_raises_an_event_of_ids_and_counts_and_no_text_reaches_the_audit_trail_or_the_outbox()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);
        var w = closed.World;

        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.DefaultEvidenceMonths * 31) + 1));
        await host.Purge.PurgeDueAsync(Ct);

        var events = await host.EventsOfAsync("review-cycle", w.CycleId);
        var purged = Assert.Single(events, e => e.Type == "CycleEvidencePurged");
        Assert.Contains("\"attachments\":1", purged.Payload, StringComparison.Ordinal);
        Assert.All(events, e => Assert.DoesNotContain(PupilCanaryCycle.Pupil, e.Payload, StringComparison.Ordinal));
        var audit = await host.AuditTextAsync(w.TenantId);
        Assert.Contains("evidence[0].note", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(PupilCanaryCycle.Pupil, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Pupil voice in Years 4", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading for pleasure", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Daily class reading time", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_cycle_within_its_retention_period_keeps_its_evidence_and_the_grain_refuses_an_early_purge()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);

        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.DefaultEvidenceMonths - 1) * 31));
        var purged = await host.Purge.PurgeDueAsync(Ct);
        var early = await Assert.ThrowsAsync<RuleViolationException>(closed.Cycle.PurgeEvidence);

        Assert.Equal(0, purged);
        Assert.Equal("retention-period-not-over", early.Rule);
        Assert.Null((await closed.Cycle.Summary()).EvidencePurgedAt);
        Assert.NotNull(await host.Store.FindAsync(closed.AttachmentId, Ct));
        Assert.Single(await host.Grains.GetGrain<IClosedCycleIndexGrain>(closed.World.TenantId).Pending());
    }

    [Fact]
    public async Task The_tenants_own_retention_period_decides_when_its_cycles_are_purged()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);
        var policy = host.Grains.GetGrain<IRetentionPolicyGrain>(closed.World.TenantId);
        await policy.SetEvidenceMonths(RetentionRules.MinEvidenceMonths, closed.World.TenantAdmin, (await policy.Get()).ETag);

        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.MinEvidenceMonths * 31) + 1));
        await host.Purge.PurgeDueAsync(Ct);

        Assert.NotNull((await closed.Cycle.Summary()).EvidencePurgedAt);
        Assert.Empty(await host.Grains.GetGrain<IClosedCycleIndexGrain>(closed.World.TenantId).Pending());
    }

    [Fact]
    public async Task Purging_a_purged_cycle_changes_nothing()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);
        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.DefaultEvidenceMonths * 31) + 1));

        var first = await closed.Cycle.PurgeEvidence();
        var again = await closed.Cycle.PurgeEvidence();

        Assert.Equal((first.ETag, first.EvidencePurgedAt), (again.ETag, again.EvidencePurgedAt));
        Assert.Single(await host.EventsOfAsync("review-cycle", closed.World.CycleId), e => e.Type == "CycleEvidencePurged");
    }

    [Fact]
    public async Task A_cycle_that_is_not_closed_cannot_be_purged()
    {
        await using var host = await RetentionHost.StartAsync();
        var cycle = new Cycles.Support.CycleDriver(host.Grains, new Cycles.Support.CycleWorld(host.Today), host.Today, host.Clock);
        await cycle.ToPeerReviewAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(cycle.Cycle.PurgeEvidence);

        Assert.Contains(nameof(CycleStage.PeerReview), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_cycle_lists_it_for_the_purge_with_the_day_it_closed()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);

        var pending = await host.Grains.GetGrain<IClosedCycleIndexGrain>(closed.World.TenantId).Pending();

        Assert.Equal([new Improvement.Retention.ClosedCycle(closed.World.CycleId, host.Today)], pending);
        Assert.Equal(host.Today, (await closed.Cycle.Summary()).ClosedOn);
    }

    [Fact]
    public async Task The_scheduled_purge_runs_on_its_own_once_the_period_is_over()
    {
        await using var host = await RetentionHost.StartAsync();
        var closed = await PupilCanaryCycle.CloseAsync(host);

        await host.RestartAfterAsync(TimeSpan.FromDays((RetentionRules.DefaultEvidenceMonths * 31) + 1));

        // The schedule's timer fires on the fake clock; nothing else calls the purge here. The service
        // starts its timer on its own thread, so the clock keeps moving until the timer has fired.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await closed.Cycle.Summary()).EvidencePurgedAt is null && DateTime.UtcNow < deadline)
        {
            host.Clock.Advance(RetentionHost.PurgeInterval);
            await Task.Delay(100, Ct);
        }

        Assert.NotNull((await closed.Cycle.Summary()).EvidencePurgedAt);
        Assert.Null(await host.Store.FindAsync(closed.AttachmentId, Ct));
    }
}
