using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Spp.Grains;
using Spp.Improvement.Attachments;
using Spp.Improvement.Tests.Attachments.Support;
using Spp.Improvement.Tests.Enquiry.Support;

namespace Spp.Improvement.Tests.Attachments;

/// <summary>The attachment store on SQLite: chunked writes, the type and size checks, purge and the orphan sweep.</summary>
public sealed class EvidenceAttachmentStoreTests(DomainHost host) : IClassFixture<DomainHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EvidenceAttachmentStore Store(long maxBytes = 25L * 1024 * 1024, TimeProvider? time = null) =>
        new(host.Services.GetRequiredService<ImprovementDatabase>(), Options.Create(new AttachmentOptions { MaxBytes = maxBytes }), time ?? TimeProvider.System);

    private static AttachmentUpload Upload(string contentType = Files.PdfType, Guid? cycleId = null, Guid? tenantId = null) =>
        new(Guid.CreateVersion7(), tenantId ?? Guid.CreateVersion7(), cycleId ?? Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Year 5 pupil voice.pdf", contentType);

    private async Task<bool> AnythingLeftOfAsync(Guid id) =>
        (await Store().UnlinkedBeforeAsync(DateTimeOffset.MaxValue.AddDays(-1), 10_000, Token)).Any(u => u.Id == id);

    private async Task<byte[]> ReadBackAsync(Guid id)
    {
        using var copy = new MemoryStream();
        await Store().CopyToAsync(id, copy, Token);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_file_larger_than_one_chunk_is_stored_and_read_back_byte_for_byte_with_its_SHA_256()
    {
        var bytes = Files.Pdf((2 * AttachmentOptions.ChunkBytes) + 12_345);
        var upload = Upload();

        var result = await Store().StoreAsync(upload, new MemoryStream(bytes), Token);

        Assert.Equal(AttachmentStoreOutcome.Stored, result.Outcome);
        Assert.Equal((bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), false), (result.Attachment!.Length, result.Attachment.Sha256, result.Attachment.IsLinked));
        Assert.Equal(bytes, await ReadBackAsync(upload.Id));
        Assert.Equal(result.Attachment with { StoredAt = default }, (await Store().FindAsync(upload.Id, Token))! with { StoredAt = default });
    }

    [Theory]
    [InlineData("image/png", "%PDF-1.7")]
    [InlineData("application/pdf", "MZ\u0090\0")]
    [InlineData("text/csv", "a,b\0c")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "%PDF-1.7")]
    public async Task Bytes_that_are_not_the_declared_type_are_refused_and_nothing_is_stored(string contentType, string start)
    {
        var upload = Upload(contentType);

        var result = await Store().StoreAsync(upload, new MemoryStream(System.Text.Encoding.Latin1.GetBytes(start)), Token);

        Assert.Equal(AttachmentStoreOutcome.WrongType, result.Outcome);
        Assert.False(await AnythingLeftOfAsync(upload.Id));
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/plain")]
    [InlineData("text/csv")]
    [InlineData("image/jpeg")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Each_allowed_type_is_recognised_by_its_first_bytes(string contentType)
    {
        byte[] bytes = contentType switch
        {
            "image/png" => Files.Png(),
            "image/jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16],
            "text/plain" or "text/csv" => "name,score\r\nCaf\u00e9,3\r\n"u8.ToArray(),
            _ => [0x50, 0x4B, 0x03, 0x04, 20, 0],
        };

        var result = await Store().StoreAsync(Upload(contentType), new MemoryStream(bytes), Token);

        Assert.Equal(AttachmentStoreOutcome.Stored, result.Outcome);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_its_stored_chunks_are_deleted()
    {
        var upload = Upload();

        var result = await Store(maxBytes: AttachmentOptions.ChunkBytes + 10).StoreAsync(upload, new MemoryStream(Files.Pdf(3 * AttachmentOptions.ChunkBytes)), Token);

        Assert.Equal(AttachmentStoreOutcome.TooLarge, result.Outcome);
        Assert.False(await AnythingLeftOfAsync(upload.Id));
        Assert.Empty(await ReadBackAsync(upload.Id));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var result = await Store().StoreAsync(Upload(), new MemoryStream(), Token);

        Assert.Equal(AttachmentStoreOutcome.Empty, result.Outcome);
    }

    [Fact]
    public async Task An_upload_that_breaks_off_leaves_nothing_behind()
    {
        var upload = Upload();
        var body = new FailingStream(Files.Pdf(AttachmentOptions.ChunkBytes + 100));

        await Assert.ThrowsAsync<IOException>(() => Store().StoreAsync(upload, body, Token));

        Assert.False(await AnythingLeftOfAsync(upload.Id));
    }

    [Fact]
    public async Task Storing_the_same_id_twice_is_refused()
    {
        var upload = Upload();
        await Store().StoreAsync(upload, new MemoryStream(Files.Pdf()), Token);

        await Assert.ThrowsAsync<AttachmentExistsException>(() => Store().StoreAsync(upload, new MemoryStream(Files.Pdf()), Token));
    }

    [Fact]
    public async Task Purging_a_cycle_deletes_its_files_and_no_others()
    {
        var tenant = Guid.CreateVersion7();
        var cycle = Guid.CreateVersion7();
        var first = Upload(cycleId: cycle, tenantId: tenant);
        var second = Upload(cycleId: cycle, tenantId: tenant);
        var other = Upload(tenantId: tenant);
        foreach (var upload in new[] { first, second, other })
        {
            await Store().StoreAsync(upload, new MemoryStream(Files.Pdf()), Token);
        }

        var purged = await Store().DeleteCycleAsync(tenant, cycle, Token);

        Assert.Equal(2, purged);
        Assert.Null(await Store().FindAsync(first.Id, Token));
        Assert.Null(await Store().FindAsync(second.Id, Token));
        Assert.NotNull(await Store().FindAsync(other.Id, Token));
    }

    [Fact]
    public async Task The_sweep_deletes_files_never_linked_after_an_hour_and_leaves_newer_and_linked_ones()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var orphan = Upload();
        var linked = Upload();
        await Store(time: clock).StoreAsync(orphan, new MemoryStream(Files.Pdf()), Token);
        await Store(time: clock).StoreAsync(linked, new MemoryStream(Files.Pdf()), Token);
        await Store(time: clock).MarkLinkedAsync(linked.Id, Token);
        clock.Advance(TimeSpan.FromMinutes(59));
        var fresh = Upload();
        await Store(time: clock).StoreAsync(fresh, new MemoryStream(Files.Pdf()), Token);
        var sweep = new OrphanedAttachmentSweep(Store(time: clock), host.Grains, Options.Create(new AttachmentOptions()), clock, NullLogger<OrphanedAttachmentSweep>.Instance);

        Assert.Equal(0, await sweep.SweepOnceAsync(Token));
        clock.Advance(TimeSpan.FromMinutes(2));
        await sweep.SweepOnceAsync(Token);

        Assert.Null(await Store().FindAsync(orphan.Id, Token));
        Assert.NotNull(await Store().FindAsync(linked.Id, Token));
        Assert.NotNull(await Store().FindAsync(fresh.Id, Token));
    }

    [Fact]
    public async Task The_sweep_keeps_a_file_the_cycle_holds_even_when_its_link_was_not_recorded()
    {
        var cycle = await EvidenceCycle.CreateAsync(host.Grains);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var upload = new AttachmentUpload(Guid.CreateVersion7(), cycle.World.TenantId, cycle.CycleId, cycle.EvidenceId, cycle.World.Reviewer, "notes.pdf", Files.PdfType);
        var stored = (await Store(time: clock).StoreAsync(upload, new MemoryStream(Files.Pdf()), Token)).Attachment!;
        await host.Grains.GetGrain<Spp.Improvement.Cycles.IReviewCycleGrain>(cycle.CycleId).AddEvidenceAttachment(
            cycle.World.Reviewer,
            new(stored.Id, stored.EvidenceId, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StoredAt, stored.UploadedBy));
        clock.Advance(TimeSpan.FromHours(2));
        var sweep = new OrphanedAttachmentSweep(Store(time: clock), host.Grains, Options.Create(new AttachmentOptions()), clock, NullLogger<OrphanedAttachmentSweep>.Instance);

        await sweep.SweepOnceAsync(Token);

        Assert.True((await Store().FindAsync(stored.Id, Token))?.IsLinked);
    }

    /// <summary>Gives some bytes, then fails as a dropped connection does.</summary>
    private sealed class FailingStream(byte[] before) : MemoryStream(before)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("The client went away.");
        }
    }
}
