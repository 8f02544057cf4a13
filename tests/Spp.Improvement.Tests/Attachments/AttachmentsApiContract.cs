using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Grains;
using Spp.Grains.Hosting.Storage;
using Spp.Improvement.Attachments;
using Spp.Improvement.Cycles;
using Spp.Improvement.Tests.Attachments.Support;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Attachments;

/// <summary>The attachment routes over HTTP, on a cycle in peer review. Runs on each store (see the subclasses).</summary>
public abstract class AttachmentsApiContract<TService>(TService service) : IClassFixture<TService>
    where TService : ImprovementServiceFixture
{
    private const string ProblemBase = "https://spp-platform.org/problems/";
    private const string PupilName = "Amelia-Canary-Pupil";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ImprovementHost Host => service.Host;

    private IGrainFactory Grains => Host.App.Services.GetRequiredService<IGrainFactory>();

    private EvidenceAttachmentStore Store => Host.App.Services.GetRequiredService<EvidenceAttachmentStore>();

    private async Task<(EvidenceCycle Cycle, string Reviewer)> CycleAsync()
    {
        var cycle = await EvidenceCycle.CreateAsync(Grains);
        return (cycle, cycle.TokenOf(Host.Tokens, cycle.World.Reviewer));
    }

    private static async Task<EvidenceAttachment> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<EvidenceAttachment>(text, Json)!;
    }

    private async Task<EvidenceAttachment> UploadAsync(EvidenceCycle cycle, string token, byte[]? bytes = null)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, token, Files.Content(bytes ?? Files.Pdf(), Files.PdfType, $"{PupilName}.pdf"));
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    private async Task<bool> UnlinkedBytesOfCycleAsync(Guid cycleId)
    {
        // Everything unlinked, whatever its age: what a refused upload must not leave behind.
        var unlinked = await Store.UnlinkedBeforeAsync(DateTimeOffset.UtcNow.AddYears(1), 10_000, TestContext.Current.CancellationToken);
        return unlinked.Any(u => u.CycleId == cycleId);
    }

    [Fact]
    public async Task The_reviewer_uploads_a_file_to_their_evidence_and_reads_it_back_byte_for_byte()
    {
        var (cycle, reviewer) = await CycleAsync();
        var bytes = Files.Pdf(AttachmentOptions.ChunkBytes + 777);

        using var created = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(bytes, Files.PdfType, $"{PupilName}.pdf"));
        var attachment = await ReadAsync(created, HttpStatusCode.Created);
        using var download = await Host.SendAsync(HttpMethod.Get, $"{cycle.Attachments}/{attachment.Id}", reviewer);

        Assert.Equal((cycle.EvidenceId, $"{PupilName}.pdf", Files.PdfType, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), cycle.World.Reviewer),
            (attachment.EvidenceId, attachment.FileName, attachment.ContentType, attachment.Length, attachment.Sha256, attachment.AddedBy));
        Assert.Equal($"/{cycle.Attachments}/{attachment.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(await cycle.ETagAsync(Grains), created.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Files.PdfType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{PupilName}.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_file_name_never_reaches_an_event()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);
        using var removed = await Host.SendAsync(HttpMethod.Delete, $"{cycle.Attachments}/{attachment.Id}", reviewer, ifMatch: await cycle.ETagAsync(Grains));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        var log = await Host.App.Services.GetRequiredService<IOutboxStore>().ReadLogAsync(0, 100_000, TestContext.Current.CancellationToken);

        var ofCycle = log.Where(m => m.GrainKey == cycle.CycleId.ToString()).ToList();
        Assert.Contains(ofCycle, m => m.Entry.PayloadJson.Contains(attachment.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(log, m => m.Entry.PayloadJson.Contains(PupilName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_headteacher_of_the_school_reviewed_reads_the_file()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);

        using var response = await Host.SendAsync(HttpMethod.Get, $"{cycle.Attachments}/{attachment.Id}", cycle.TokenOf(Host.Tokens, cycle.World.Headteacher));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_file_name_in_the_query_string_is_refused_because_urls_reach_logs()
    {
        var (cycle, reviewer) = await CycleAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, $"{cycle.Attachments}?name={Uri.EscapeDataString(PupilName)}.txt", reviewer, Files.Content("Pupils said they liked the library.\n"u8.ToArray(), "text/plain; charset=utf-8", fileName: null));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("filename", out _));
        Assert.DoesNotContain(PupilName, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_retried_with_the_same_Idempotency_Key_returns_the_first_file()
    {
        var (cycle, reviewer) = await CycleAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(Files.Pdf(), Files.PdfType), idempotencyKey: key);
        using var retry = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(Files.Pdf(), Files.PdfType), idempotencyKey: key);

        Assert.Equal((await ReadAsync(first, HttpStatusCode.Created)).Id, (await ReadAsync(retry, HttpStatusCode.Created)).Id);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_its_declared_type_is_415_and_nothing_is_kept()
    {
        var (cycle, reviewer) = await CycleAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(Files.Pdf(), "image/png", $"{PupilName}.png"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.DoesNotContain(PupilName, problem.GetRawText(), StringComparison.Ordinal);
        Assert.False(await UnlinkedBytesOfCycleAsync(cycle.CycleId));
    }

    [Fact]
    public async Task A_type_outside_the_allow_list_is_415()
    {
        var (cycle, reviewer) = await CycleAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content([0x4D, 0x5A, 0x90, 0], "application/x-msdownload", "setup.exe"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(ProblemBase + "unsupported-attachment-type", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_missing_file_name_or_an_empty_file_is_400_naming_the_field_but_never_the_name()
    {
        var (cycle, reviewer) = await CycleAsync();

        using var unnamed = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(Files.Pdf(), Files.PdfType, fileName: null));
        using var pathed = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content(Files.Pdf(), Files.PdfType, $"../{PupilName}.pdf"));
        using var empty = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, reviewer, Files.Content([], Files.PdfType));

        Assert.True((await Problems.AssertProblemAsync(unnamed, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("filename", out _));
        var pathProblem = await Problems.AssertProblemAsync(pathed, HttpStatusCode.BadRequest);
        Assert.DoesNotContain(PupilName, pathProblem.GetRawText(), StringComparison.Ordinal);
        Assert.True((await Problems.AssertProblemAsync(empty, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Another_tenants_member_gets_404_for_upload_and_download()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);
        var stranger = cycle.TokenOf(Host.Tokens, cycle.World.Reviewer, tenantId: Guid.CreateVersion7());

        using var upload = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, stranger, Files.Content(Files.Pdf(), Files.PdfType));
        using var download = await Host.SendAsync(HttpMethod.Get, $"{cycle.Attachments}/{attachment.Id}", stranger);
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{cycle.Attachments}/{attachment.Id}", stranger, ifMatch: "\"1\"");

        await Problems.AssertProblemAsync(upload, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(download, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task People_of_the_tenant_who_may_not_read_the_evidence_get_404()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);

        foreach (var person in new[] { cycle.World.PartnerTeacher, cycle.World.TenantAdmin })
        {
            using var download = await Host.SendAsync(HttpMethod.Get, $"{cycle.Attachments}/{attachment.Id}", cycle.TokenOf(Host.Tokens, person));
            using var upload = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, person), Files.Content(Files.Pdf(), Files.PdfType));

            await Problems.AssertProblemAsync(download, HttpStatusCode.NotFound);
            await Problems.AssertProblemAsync(upload, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task The_headteacher_who_may_read_evidence_may_not_attach_files_to_it()
    {
        var (cycle, _) = await CycleAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, cycle.World.Headteacher), Files.Content(Files.Pdf(), Files.PdfType));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reviewer_refused_by_the_cycle_gets_403_and_the_stored_bytes_are_deleted()
    {
        var (cycle, _) = await CycleAsync();

        // The lead reviewer may record evidence, but not attach files to the reviewer's record.
        using var response = await Host.SendAsync(HttpMethod.Post, cycle.Attachments, cycle.TokenOf(Host.Tokens, cycle.World.LeadReviewer), Files.Content(Files.Pdf(), Files.PdfType));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.False(await UnlinkedBytesOfCycleAsync(cycle.CycleId));
    }

    [Fact]
    public async Task An_upload_to_evidence_that_does_not_exist_is_404_and_the_bytes_are_deleted()
    {
        var (cycle, reviewer) = await CycleAsync();

        using var response = await Host.SendAsync(HttpMethod.Post, $"api/v1/cycles/{cycle.CycleId}/evidence/{Guid.NewGuid()}/attachments", reviewer, Files.Content(Files.Pdf(), Files.PdfType));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.False(await UnlinkedBytesOfCycleAsync(cycle.CycleId));
    }

    [Fact]
    public async Task Removing_needs_the_cycles_current_ETag_and_then_the_file_is_gone()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);
        var path = $"{cycle.Attachments}/{attachment.Id}";

        using var missing = await Host.SendAsync(HttpMethod.Delete, path, reviewer);
        using var stale = await Host.SendAsync(HttpMethod.Delete, path, reviewer, ifMatch: "\"1\"");
        using var removed = await Host.SendAsync(HttpMethod.Delete, path, reviewer, ifMatch: await cycle.ETagAsync(Grains));
        using var after = await Host.SendAsync(HttpMethod.Get, path, reviewer);

        await Problems.AssertProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.NotNull(stale.Headers.ETag);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(await cycle.ETagAsync(Grains), removed.Headers.ETag?.ToString());
        await Problems.AssertProblemAsync(after, HttpStatusCode.NotFound);
        Assert.Null(await Store.FindAsync(attachment.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_headteacher_may_not_remove_a_reviewers_file()
    {
        var (cycle, reviewer) = await CycleAsync();
        var attachment = await UploadAsync(cycle, reviewer);

        using var response = await Host.SendAsync(HttpMethod.Delete, $"{cycle.Attachments}/{attachment.Id}", cycle.TokenOf(Host.Tokens, cycle.World.Headteacher), ifMatch: await cycle.ETagAsync(Grains));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.True((await Store.FindAsync(attachment.Id, TestContext.Current.CancellationToken))?.IsLinked);
    }

    [Fact]
    public async Task Without_a_token_every_route_is_401()
    {
        var path = $"api/v1/cycles/{Guid.NewGuid()}/evidence/{Guid.NewGuid()}/attachments";

        using var upload = await Host.SendAsync(HttpMethod.Post, path, token: null, Files.Content(Files.Pdf(), Files.PdfType));
        using var download = await Host.SendAsync(HttpMethod.Get, $"{path}/{Guid.NewGuid()}", token: null);
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{path}/{Guid.NewGuid()}", token: null, ifMatch: "\"1\"");

        await Problems.AssertProblemAsync(upload, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(download, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(delete, HttpStatusCode.Unauthorized);
    }
}

/// <summary>On SQLite (the all-in-one's store).</summary>
public sealed class AttachmentsApiOnSqlite(SqliteImprovementService service) : AttachmentsApiContract<SqliteImprovementService>(service);

/// <summary>On PostgreSQL (production's store).</summary>
public sealed class AttachmentsApiOnPostgres(PostgresImprovementService service) : AttachmentsApiContract<PostgresImprovementService>(service);
