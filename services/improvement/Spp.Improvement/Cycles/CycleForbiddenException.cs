using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>
/// The caller can see the cycle but their role on it may not do this (HTTP 403). The message names
/// the role needed and nothing of the cycle's content.
/// </summary>
public sealed class CycleForbiddenException(string action, string allowed)
    : NotPermittedException($"Only {allowed} may {action}.")
{
    /// <summary>What was attempted.</summary>
    public string Action { get; } = action;
}
