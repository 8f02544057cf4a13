using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using Spp.Storage;

namespace Spp.Improvement.Attachments;

/// <summary>
/// Keeps the bytes of evidence attachments in the service's database, in chunks written while the
/// upload streams: at most one chunk of a file is ever in memory. Linking a stored file to its
/// evidence is the cycle grain's business; this store only remembers whether that happened, so the
/// sweep can tell a crash between storing and linking from a linked file.
/// </summary>
public sealed class EvidenceAttachmentStore(ImprovementDatabase database, IOptions<AttachmentOptions> options, TimeProvider time)
{
    private const string Columns = """
        id AS Id, tenant_id AS TenantId, cycle_id AS CycleId, evidence_id AS EvidenceId, uploaded_by AS UploadedBy,
        file_name AS FileName, content_type AS ContentType, length AS Length, sha256 AS Sha256,
        stored_at AS StoredAt, completed_at AS CompletedAt, linked_at AS LinkedAt
        """;

    /// <summary>
    /// Streams <paramref name="body"/> into the store: refuses it, leaving nothing behind, when it is
    /// empty, longer than the limit, or not the declared type; otherwise stores it, unlinked.
    /// </summary>
    public async Task<AttachmentStoreResult> StoreAsync(AttachmentUpload upload, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(body);
        var limit = options.Value.MaxBytes;
        var buffer = new byte[AttachmentOptions.ChunkBytes];
        var filled = await FillAsync(body, buffer, cancellationToken);
        if (filled == 0)
        {
            return new(AttachmentStoreOutcome.Empty, null);
        }

        if (!AttachmentFileTypes.Matches(upload.ContentType, buffer.AsMemory(0, filled)))
        {
            return new(AttachmentStoreOutcome.WrongType, null);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var storedAt = time.GetUtcNow();
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO evidence_attachments (id, tenant_id, cycle_id, evidence_id, uploaded_by, file_name, content_type, stored_at)
            VALUES (@id, @tenantId, @cycleId, @evidenceId, @uploadedBy, @fileName, @contentType, @storedAt)
            ON CONFLICT (id) DO NOTHING
            """,
            new
            {
                id = Text(upload.Id),
                tenantId = Text(upload.TenantId),
                cycleId = Text(upload.CycleId),
                evidenceId = Text(upload.EvidenceId),
                uploadedBy = Text(upload.UploadedBy),
                fileName = upload.FileName,
                contentType = upload.ContentType,
                storedAt = storedAt.ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            throw new AttachmentExistsException();
        }

        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            for (var seq = 0; filled > 0; seq++)
            {
                length += filled;
                if (length > limit)
                {
                    await DeleteAsync(upload.Id, CancellationToken.None);
                    return new(AttachmentStoreOutcome.TooLarge, null);
                }

                hash.AppendData(buffer, 0, filled);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO evidence_attachment_chunks (attachment_id, seq, data) VALUES (@id, @seq, @data)",
                    new { id = Text(upload.Id), seq, data = filled == buffer.Length ? buffer : buffer[..filled] },
                    cancellationToken: cancellationToken));
                filled = await FillAsync(body, buffer, cancellationToken);
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE evidence_attachments SET length = @length, sha256 = @sha256, completed_at = @at WHERE id = @id",
                new { id = Text(upload.Id), length, sha256, at = time.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
            return new(AttachmentStoreOutcome.Stored, new StoredAttachment(
                upload.Id, upload.TenantId, upload.CycleId, upload.EvidenceId, upload.UploadedBy, upload.FileName, upload.ContentType, length, sha256, storedAt, IsLinked: false));
        }
        catch
        {
            // A client that hangs up, or a database that fails, leaves no partial file behind.
            await DeleteAsync(upload.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>A completely stored file, or null.</summary>
    public async Task<StoredAttachment?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AttachmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM evidence_attachments WHERE id = @id AND completed_at IS NOT NULL",
            new { id = Text(id) },
            cancellationToken: cancellationToken));
        return row?.ToStoredAttachment();
    }

    /// <summary>Writes the file's bytes to <paramref name="destination"/>, one chunk at a time.</summary>
    public async Task CopyToAsync(Guid id, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var connection = await database.OpenAsync(cancellationToken);
        for (var seq = 0; ; seq++)
        {
            var data = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                "SELECT data FROM evidence_attachment_chunks WHERE attachment_id = @id AND seq = @seq",
                new { id = Text(id), seq },
                cancellationToken: cancellationToken));
            if (data is null)
            {
                return;
            }

            await destination.WriteAsync(data, cancellationToken);
        }
    }

    /// <summary>Records that the cycle grain holds the attachment, so the sweep leaves it alone.</summary>
    public Task MarkLinkedAsync(Guid id, CancellationToken cancellationToken) =>
        SetLinkedAsync(id, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);

    /// <summary>
    /// Records that the attachment is being removed from its evidence: should the bytes then survive
    /// (a crash before <see cref="DeleteAsync"/>), the sweep checks with the cycle and finishes the job.
    /// </summary>
    public Task MarkUnlinkedAsync(Guid id, CancellationToken cancellationToken) => SetLinkedAsync(id, null, cancellationToken);

    /// <summary>Deletes a file and its chunks; deleting one that is gone is not an error.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await DeleteWhereAsync(connection, "id = @id", new { id = Text(id) }, cancellationToken);
    }

    /// <summary>Deletes every file of a cycle (the retention purge and erasure); returns how many.</summary>
    public async Task<int> DeleteCycleAsync(Guid tenantId, Guid cycleId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DeleteWhereAsync(connection, "tenant_id = @tenantId AND cycle_id = @cycleId", new { tenantId = Text(tenantId), cycleId = Text(cycleId) }, cancellationToken);
    }

    /// <summary>Files, complete or not, that were stored before <paramref name="cutoff"/> and are not linked, oldest first.</summary>
    public async Task<IReadOnlyList<UnlinkedAttachment>> UnlinkedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AttachmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM evidence_attachments WHERE linked_at IS NULL AND stored_at < @cutoff ORDER BY stored_at LIMIT @limit",
            new { cutoff = cutoff.ToUnixTimeMilliseconds(), limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new UnlinkedAttachment(Guid.Parse(r.Id), Guid.Parse(r.CycleId), Guid.Parse(r.UploadedBy), r.CompletedAt is not null))];
    }

    private async Task SetLinkedAsync(Guid id, long? linkedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE evidence_attachments SET linked_at = @linkedAt WHERE id = @id",
            new { id = Text(id), linkedAt },
            cancellationToken: cancellationToken));
    }

    private static async Task<int> DeleteWhereAsync(DbConnection connection, string where, object parameters, CancellationToken cancellationToken)
    {
        // Chunks first, in the same transaction: the cascade would do it, but this does not depend on
        // SQLite's foreign_keys pragma being on for the connection.
        await using var transaction = await ServiceDatabase.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM evidence_attachment_chunks WHERE attachment_id IN (SELECT id FROM evidence_attachments WHERE {where})", parameters, transaction, cancellationToken: cancellationToken));
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM evidence_attachments WHERE {where}", parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends, so only the last chunk is short.</summary>
    private static async Task<int> FillAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static string Text(Guid id) => id.ToString("D");

    private sealed record AttachmentRow(
        string Id,
        string TenantId,
        string CycleId,
        string EvidenceId,
        string UploadedBy,
        string FileName,
        string ContentType,
        long Length,
        string? Sha256,
        long StoredAt,
        long? CompletedAt,
        long? LinkedAt)
    {
        public StoredAttachment ToStoredAttachment() => new(
            Guid.Parse(Id),
            Guid.Parse(TenantId),
            Guid.Parse(CycleId),
            Guid.Parse(EvidenceId),
            Guid.Parse(UploadedBy),
            FileName,
            ContentType,
            Length,
            Sha256 ?? string.Empty,
            DateTimeOffset.FromUnixTimeMilliseconds(StoredAt),
            LinkedAt is not null);
    }
}
