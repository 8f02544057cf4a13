using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>What an action plan grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class ActionPlanState
{
    public Guid TenantId { get; set; }

    public int Urn { get; set; }

    public List<PlannedAction> Actions { get; set; } = [];

    public List<SupportArrangement> Support { get; set; } = [];

    public List<ImpactMeasure> Measures { get; set; } = [];

    public List<ImpactFeedback> Feedback { get; set; } = [];

    public Guid? AgreedBy { get; set; }

    public DateTimeOffset? AgreedAt { get; set; }
}
