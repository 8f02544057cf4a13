using System.Buffers.Text;
using System.Globalization;

namespace Spp.Improvement.Partnerships;

/// <summary>
/// The paging of lists (api-conventions.md): <c>limit</c> 1–200, default 50, and an opaque
/// <c>cursor</c> that names where the previous page ended.
/// </summary>
public static class ListPaging
{
    /// <summary>Page size when the request names none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxLimit = 200;

    /// <summary>Reads <paramref name="limit"/> and <paramref name="cursor"/>; field errors when they are not valid.</summary>
    public static (int Limit, Guid? After, Dictionary<string, string[]> Errors) Read(string? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>();
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"Use a whole number from 1 to {MaxLimit}."];
        }

        Guid? after = null;
        if (cursor is not null)
        {
            if (TryDecode(cursor, out var id))
            {
                after = id;
            }
            else
            {
                errors["cursor"] = ["Use the nextCursor of a previous page."];
            }
        }

        return (size, after, errors);
    }

    /// <summary>The cursor for the page after <paramref name="last"/>.</summary>
    public static string? Encode(Guid? last) => last is { } id ? Base64Url.EncodeToString(id.ToByteArray(bigEndian: true)) : null;

    private static bool TryDecode(string cursor, out Guid id)
    {
        id = Guid.Empty;
        if (cursor.Length != 22)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 16)
        {
            return false;
        }

        id = new Guid(bytes, bigEndian: true);
        return true;
    }
}
