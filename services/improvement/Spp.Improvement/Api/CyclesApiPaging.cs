using System.Buffers.Text;

namespace Spp.Improvement.Api;

/// <summary>A page of a list, with the cursor of the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Cursor paging of a cycle's lists (evidence, findings): the cursor is the opaque id of the last item returned.</summary>
internal static class CyclesApiPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Field errors for <c>limit</c> and <c>cursor</c>, or the page.</summary>
    public static (Page<T>? Page, Dictionary<string, string[]>? Errors) Of<T>(IReadOnlyList<T> items, Func<T, Guid> id, int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>();
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Use 1 to {MaxLimit}."];
        }

        var start = 0;
        if (cursor is not null)
        {
            var after = Decode(cursor);
            var index = after is null ? -1 : items.ToList().FindIndex(i => id(i) == after);
            if (index < 0)
            {
                errors["cursor"] = ["Use the nextCursor of a previous page."];
            }

            start = index + 1;
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var page = items.Skip(start).Take(take).ToList();
        var next = start + page.Count < items.Count ? Encode(id(page[^1])) : null;
        return (new Page<T>(page, next), null);
    }

    private static string Encode(Guid id) => Base64Url.EncodeToString(id.ToByteArray());

    private static Guid? Decode(string cursor)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
