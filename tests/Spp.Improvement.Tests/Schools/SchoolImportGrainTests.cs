using Microsoft.Extensions.DependencyInjection;
using Spp.Grains;
using Spp.Improvement.Schools.Imports;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.Schools;

/// <summary>The import grain: counts, rejected rows, and what happens when the process running an import stops.</summary>
public sealed class SchoolImportGrainTests(RegisterGrainHost host) : IClassFixture<RegisterGrainHost>
{
    private ISchoolImportGrain Import(Guid id) => host.Grains.GetGrain<ISchoolImportGrain>(id);

    private async Task<Guid> StartAsync()
    {
        var id = Guid.NewGuid();
        await Import(id).Start(Guid.NewGuid(), 1_000, "utf-8", "test");
        return id;
    }

    [Fact]
    public async Task Reports_add_up_and_rejected_rows_are_kept_in_line_order()
    {
        var id = await StartAsync();

        await Import(id).Report(new ImportProgress(3, 1, 1, 0, [new RejectedRow(4, "bad")]));
        var view = await Import(id).Report(new ImportProgress(2, 0, 0, 1, [new RejectedRow(9, "worse")]));
        var page = await Import(id).RejectedRows(4, 10);

        Assert.Equal((5L, 2L, 1L, 2L, ImportStatus.Running), (view.Read, view.Imported, view.Unchanged, view.Rejected, view.Status));
        Assert.Equal([9L], page.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task A_running_import_whose_worker_went_silent_is_interrupted_and_its_worker_can_no_longer_report()
    {
        var id = await StartAsync();

        var recent = await Import(id).InterruptIfSilentSince(DateTimeOffset.UtcNow.AddMinutes(-2));
        var silent = await Import(id).InterruptIfSilentSince(DateTimeOffset.UtcNow.AddMinutes(1));
        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Import(id).Report(new ImportProgress(1, 1, 0, 0, [])));

        Assert.Equal(ImportStatus.Running, recent.Status);
        Assert.Equal(ImportStatus.Interrupted, silent.Status);
        Assert.Contains("upload the file again", silent.Failure, StringComparison.Ordinal);
        Assert.Equal(nameof(ImportStatus.Interrupted), error.From);
    }

    [Fact]
    public async Task The_sweeper_marks_silent_running_imports_of_any_process_interrupted()
    {
        var id = await StartAsync();
        var sweeper = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<SchoolImportSweeper>().Single();

        Assert.True(await sweeper.SweepAsync(TestContext.Current.CancellationToken) >= 1);

        // Just started: not silent yet, so still running.
        Assert.Equal(ImportStatus.Running, (await Import(id).Get()).Status);
    }

    [Fact]
    public async Task Finishing_is_idempotent_and_starting_again_with_the_same_id_changes_nothing()
    {
        var id = await StartAsync();

        var done = await Import(id).Finish(ImportStatus.Completed, null);
        var again = await Import(id).Finish(ImportStatus.Failed, "late");
        var restarted = await Import(id).Start(null, 5, "windows-1252", "other");

        Assert.Equal((ImportStatus.Completed, done.FinishedAt), (again.Status, again.FinishedAt));
        Assert.Equal((1_000L, "utf-8"), (restarted.Bytes, restarted.Encoding));
    }
}
