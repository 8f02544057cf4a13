namespace Spp.Contracts.Actions;

/// <summary>An impact measure was defined with its baseline and target (its name stays in the plan).</summary>
public sealed record MeasureDefined(
    Guid TenantId,
    Guid CycleId,
    int Urn,
    Guid MeasureId,
    ImpactLevel Level,
    Guid? ActionId,
    decimal BaselineValue,
    DateOnly BaselineOn,
    decimal TargetValue,
    DateOnly TargetOn);
