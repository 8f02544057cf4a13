using Spp.Grains;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Cycles;

/// <summary>
/// One school's review cycle in one round, keyed by its id: the seven stages as a state machine and
/// everything recorded in them. The round opens it; the API moves it.
/// </summary>
/// <remarks>
/// Methods taking a <see cref="CycleCaller"/> answer <see cref="GrainNotFoundException"/> when the
/// caller is of another tenant or may not see the cycle at all, <see cref="CycleForbiddenException"/>
/// when their role on it may not act, <see cref="InvalidTransitionException"/> from the wrong stage
/// (or while paused) and <see cref="RuleViolationException"/> for a broken rule.
/// </remarks>
public partial interface IReviewCycleGrain : IGrainWithGuidKey
{
    /// <summary>Opens the cycle in <see cref="CycleStage.SelfReview"/>; opening it again with the same values is a no-op.</summary>
    Task<CycleSummary> Open(CycleOpening opening);

    /// <summary>Replaces the review team after the facilitator edits the rota (rules as at opening).</summary>
    Task<CycleSummary> ChangeTeam(RotaEntry team);

    /// <summary>Stage, dates and people: what anyone in the tenant who may see the cycle at all may see.</summary>
    [ReadOnly]
    Task<CycleSummary> Summary();

    /// <summary>How <paramref name="personId"/> takes part in the cycle (narrower roles worked out from state on each request).</summary>
    [ReadOnly]
    Task<CycleParticipation> ParticipationOf(Guid personId);

    /// <summary>
    /// Records a stored file on an evidence record. Only the people who may record evidence now may add
    /// one (rules as for evidence); adding the same attachment id again is a no-op.
    /// </summary>
    Task AddEvidenceAttachment(Guid personId, EvidenceAttachment attachment);

    /// <summary>Removes a file from an evidence record (same people as may add one); idempotent.</summary>
    Task RemoveEvidenceAttachment(Guid personId, Guid attachmentId);

    /// <summary>The attachment when <paramref name="personId"/> may read that evidence, otherwise null (answer 404).</summary>
    [ReadOnly]
    Task<EvidenceAttachment?> FindEvidenceAttachment(Guid personId, Guid attachmentId);

    /// <summary>The cycle as <paramref name="caller"/> may read it (the shape depends on who reads).</summary>
    [ReadOnly]
    Task<CycleView> Read(CycleCaller caller);

    /// <summary>The facilitator replaces the review team while the review is being planned.</summary>
    Task<CycleView> AdjustTeam(CycleCaller caller, RotaEntry team, string? ifMatch);

    /// <summary>What <paramref name="personId"/> has to do next on this cycle, with due dates and overdue state.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CycleTask>> TasksFor(Guid personId);
}

/// <summary>
/// The narrower roles a person holds on one cycle. <see cref="SeesFindings"/> is true for the
/// cycle's own people and for those the headteacher shared findings and evidence with.
/// </summary>
public sealed record CycleParticipation(
    bool IsHeadteacher,
    bool IsSchoolLeader,
    bool IsLeadReviewer,
    bool IsReviewer,
    bool IsChampion,
    bool IsFacilitator,
    bool SeesFindings);

/// <summary>A file stored by the service and attached to an evidence record. The file name may mention pupils: it never leaves the cycle.</summary>
public sealed record EvidenceAttachment(Guid Id, Guid EvidenceId, [property: AuditRedacted] string FileName, string ContentType, long Length, string Sha256, DateTimeOffset AddedAt, Guid AddedBy);

/// <summary>What a round knows when it opens a school's cycle.</summary>
/// <param name="PartnerUrns">Every member school of the partnership (including this one).</param>
public sealed record CycleOpening(
    Guid TenantId,
    Guid PartnershipId,
    Guid RoundId,
    string RoundName,
    int Urn,
    IReadOnlyList<int> PartnerUrns,
    Guid? FacilitatorId,
    RotaEntry Team,
    DateOnly WindowStarts,
    DateOnly WindowEnds);

/// <summary>A cycle's stage, dates and people (no evidence, findings or notes).</summary>
public sealed record CycleSummary(
    Guid Id,
    Guid TenantId,
    Guid PartnershipId,
    Guid RoundId,
    int Urn,
    CycleStage Stage,
    bool IsPaused,
    IReadOnlyDictionary<string, DateOnly> Deadlines,
    Guid? LeadReviewerId,
    IReadOnlyList<Guid> ReviewerIds,
    Guid? ChampionId,
    Guid? FacilitatorId,
    string ETag)
{
    /// <summary>The day both confirmations closed the cycle (Europe/London); null while open.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>When the retention rule erased the cycle's evidence; null until then.</summary>
    public DateTimeOffset? EvidencePurgedAt { get; init; }
}
