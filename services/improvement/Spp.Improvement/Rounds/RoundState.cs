using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>What a round grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class RoundState
{
    public Guid TenantId { get; set; }

    public Guid PartnershipId { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly WindowStarts { get; set; }

    public DateOnly WindowEnds { get; set; }

    public RoundStatus Status { get; set; }

    /// <summary>One entry per school, in URN order.</summary>
    public List<RotaEntry> Rota { get; set; } = [];

    /// <summary>The soft rules the rota broke when it was last set, against the member schools then.</summary>
    public List<RotaWarning> Warnings { get; set; } = [];

    public Dictionary<int, Guid> Cycles { get; set; } = [];

    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
}
