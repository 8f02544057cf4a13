using System.Collections.Concurrent;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// Which rules the scenario showed allowed and which refused, so the test can require both ways
/// for every rule it touched rather than trusting the walk to have covered them.
/// </summary>
internal sealed class RuleLedger
{
    private readonly ConcurrentDictionary<string, byte> _allowed = new();
    private readonly ConcurrentDictionary<string, byte> _refused = new();

    public void Allowed(string rule) => _allowed[rule] = 0;

    public void Refused(string rule) => _refused[rule] = 0;

    /// <summary>Rules refused somewhere but never shown allowed, or the other way round.</summary>
    public IReadOnlyList<string> OneWayOnly() =>
        [.. _allowed.Keys.Except(_refused.Keys).Select(r => $"{r} (never refused)")
            .Concat(_refused.Keys.Except(_allowed.Keys).Select(r => $"{r} (never allowed)"))
            .Order(StringComparer.Ordinal)];

    public IReadOnlyCollection<string> Rules => [.. _allowed.Keys.Union(_refused.Keys)];
}
