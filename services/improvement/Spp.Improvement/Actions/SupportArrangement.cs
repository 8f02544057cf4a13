using Spp.Contracts.Actions;
using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>School-to-school support tied to an action: who offered or asked, and where it stands.</summary>
public sealed record SupportArrangement(
    Guid Id,
    SupportDirection Direction,
    int FromUrn,
    int ToUrn,
    Guid ActionId,
    [property: AuditRedacted] string Description,
    SupportStatus Status,
    Guid ProposedBy,
    DateTimeOffset ProposedAt,
    Guid? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? CompletedAt);
