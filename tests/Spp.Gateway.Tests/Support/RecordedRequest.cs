namespace Spp.Gateway.Tests.Support;

/// <summary>A request as the fake backend received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string[]> Headers, string Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } values ? string.Join(",", values) : null;

    public int HeaderCount(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Sum(h => h.Value.Length);
}
