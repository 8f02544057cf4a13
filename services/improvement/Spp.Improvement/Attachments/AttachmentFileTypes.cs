namespace Spp.Improvement.Attachments;

/// <summary>
/// The file types evidence may carry, each recognised by its declared Content-Type AND its first
/// bytes, so a renamed executable or script is refused whatever it claims to be.
/// </summary>
public static class AttachmentFileTypes
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs at most to decide.</summary>
    public const int SniffBytes = 512;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    // Office Open XML files are ZIP packages; their parts are not opened here.
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, Func<ReadOnlyMemory<byte>, bool>> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = head => head.Span.StartsWith(Pdf),
        ["image/png"] = head => head.Span.StartsWith(Png),
        ["image/jpeg"] = head => head.Span.StartsWith(Jpeg),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = head => head.Span.StartsWith(Zip),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = head => head.Span.StartsWith(Zip),
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = head => head.Span.StartsWith(Zip),
        ["text/plain"] = head => LooksLikeText(head.Span),
        ["text/csv"] = head => LooksLikeText(head.Span),
    };

    /// <summary>The media types accepted, for messages and documentation.</summary>
    public static IReadOnlyCollection<string> Allowed => Signatures.Keys;

    /// <summary>The media type of a declared Content-Type (parameters such as charset dropped), lower case; null when it is not on the allow-list.</summary>
    public static string? Normalise(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return Signatures.ContainsKey(mediaType) ? mediaType : null;
    }

    /// <summary>True when <paramref name="head"/> (the file's first bytes, or all of a shorter file) is what <paramref name="mediaType"/> says.</summary>
    public static bool Matches(string mediaType, ReadOnlyMemory<byte> head) =>
        Signatures.TryGetValue(mediaType, out var matches) && matches(head);

    /// <summary>
    /// Text has no signature: accept bytes with no control characters other than tab, line breaks and
    /// form feed. That refuses binaries (which carry NULs early) while allowing UTF-8 and the
    /// Windows-1252 text spreadsheets still export as CSV.
    /// </summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head[..Math.Min(head.Length, SniffBytes)])
        {
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
