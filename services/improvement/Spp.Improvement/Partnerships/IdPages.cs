namespace Spp.Improvement.Partnerships;

/// <summary>Pages through a sorted list of ids: a page continues after the last id of the one before, so adding ids never skips or repeats one.</summary>
public static class IdPages
{
    /// <summary>Up to <paramref name="limit"/> ids of <paramref name="sorted"/> that come after <paramref name="after"/>.</summary>
    public static IdPage Take(IReadOnlyList<Guid> sorted, Guid? after, int limit)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var start = 0;
        if (after is { } last)
        {
            var found = BinarySearch(sorted, last);
            start = found >= 0 ? found + 1 : ~found;
        }

        var ids = sorted.Skip(start).Take(limit).ToList();
        var more = start + ids.Count < sorted.Count;
        return new IdPage(ids, more ? ids[^1] : null);
    }

    /// <summary>Inserts <paramref name="id"/> in order; false when it is there already.</summary>
    public static bool Insert(List<Guid> sorted, Guid id)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var found = sorted.BinarySearch(id);
        if (found >= 0)
        {
            return false;
        }

        sorted.Insert(~found, id);
        return true;
    }

    private static int BinarySearch(IReadOnlyList<Guid> sorted, Guid id) =>
        sorted is List<Guid> list ? list.BinarySearch(id) : sorted.ToList().BinarySearch(id);
}
