using System.Buffers.Text;
using System.Globalization;
using Spp.Grains;
using Spp.Improvement.Indexes;

namespace Spp.Improvement.Api;

/// <summary>
/// Paging over an <see cref="IIdIndexGrain"/>: <c>limit</c> (default 50, at most 200) and an opaque
/// <c>cursor</c> that encodes the last id of the previous page.
/// </summary>
internal static class IdCursor
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    /// <summary>The id to continue after and the page size, or the field errors of the query.</summary>
    public static (Guid? After, int Limit, Dictionary<string, string[]> Errors) Parse(string? limit, string? cursor)
    {
        // Read as text so that "limit=ten" is a field error like "limit=0", not a binding failure.
        var errors = new Dictionary<string, string[]>();
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"Use a whole number from 1 to {MaxLimit}."];
        }

        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            Span<byte> bytes = stackalloc byte[16];
            if (cursor.Length == 22 && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 16)
            {
                after = new Guid(bytes);
            }
            else
            {
                errors["cursor"] = ["Use the cursor of the previous page as it was returned."];
            }
        }

        return (after, size, errors);
    }

    /// <summary>
    /// Loads the listed grains in order, leaving out any that do not exist: indexes are written
    /// before the grain they list, so a create that failed half-way can leave an id behind.
    /// </summary>
    public static async Task<IReadOnlyList<T>> LoadAsync<T>(IEnumerable<Guid> ids, Func<Guid, Task<T>> load)
    {
        var loaded = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                return (Found: true, Item: await load(id));
            }
            catch (GrainNotFoundException)
            {
                return (Found: false, Item: default(T)!);
            }
        }));
        return [.. loaded.Where(x => x.Found).Select(x => x.Item)];
    }

    /// <summary>The cursor that continues after <paramref name="next"/>, or null on the last page.</summary>
    public static string? Encode(Guid? next) => next is { } id ? Base64Url.EncodeToString(id.ToByteArray()) : null;
}

/// <summary>One page of a list; <see cref="NextCursor"/> fetches the next, null on the last.</summary>
public sealed record ItemsPage<T>(IReadOnlyList<T> Items, string? NextCursor);
