using System.Buffers.Text;
using System.Text;

namespace Spp.Improvement.Schools;

/// <summary>
/// Paging of the register and enrolment lists: <c>limit</c> (default 50, at most 200) and an opaque
/// <c>cursor</c> naming where the previous page stopped.
/// </summary>
public static class PageCursor
{
    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest page.</summary>
    public const int MaxLimit = 200;

    /// <summary>The opaque cursor for <paramref name="position"/>.</summary>
    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    /// <summary>The position a cursor names, or null when it is not one of ours.</summary>
    public static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Field errors of the paging parameters, empty when they are fine.</summary>
    public static Dictionary<string, string[]> Validate(int? limit, string? cursor, Func<string, bool> isPosition)
    {
        ArgumentNullException.ThrowIfNull(isPosition);
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Use 1 to {MaxLimit}."];
        }

        if (cursor is not null && (Decode(cursor) is not { } position || !isPosition(position)))
        {
            errors["cursor"] = ["Use the cursor of a previous page as it was given."];
        }

        return errors;
    }
}
