using Spp.Grains;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Cycles;

/// <summary>What a review cycle grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class CycleState
{
    public Guid TenantId { get; set; }

    public Guid PartnershipId { get; set; }

    public Guid RoundId { get; set; }

    public string RoundName { get; set; } = string.Empty;

    public int Urn { get; set; }

    public List<int> PartnerUrns { get; set; } = [];

    public Guid? FacilitatorId { get; set; }

    public RotaEntry Team { get; set; } = new(0, null, []);

    public DateOnly WindowStarts { get; set; }

    public DateOnly WindowEnds { get; set; }

    public CycleStage Stage { get; set; } = CycleStage.SelfReview;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The day the current pause started (Europe/London), or null when running.</summary>
    public DateOnly? PausedOn { get; set; }

    [AuditRedacted]
    public string? PauseReason { get; set; }

    public Dictionary<string, DateOnly> Deadlines { get; set; } = [];

    public SelfReviewState SelfReview { get; set; } = new();

    public ReviewPlanState Plan { get; set; } = new();

    public List<EvidenceRecord> Evidence { get; set; } = [];

    public List<EvidenceAttachment> Attachments { get; set; } = [];

    public List<Finding> Findings { get; set; } = [];

    public DateOnly? FindingsSharedOn { get; set; }

    public FindingsSharing Sharing { get; set; } = new([], false, false);

    public ChampionAssignment? Champion { get; set; }

    public WorkshopRecord? Workshop { get; set; }

    public DateOnly? ActionPlanAgreedOn { get; set; }

    public CloseRecord Close { get; set; } = new();

    /// <summary>Every stage move and going back, in order: the record cycle.md asks for.</summary>
    public List<StageChange> History { get; set; } = [];

    /// <summary>When the retention rule erased the cycle's text and files; null until then.</summary>
    public EvidencePurge? Purge { get; set; }
}

/// <summary>The self-review's long list and chosen enquiry focus.</summary>
public sealed class SelfReviewState
{
    public List<LongListItem> LongList { get; set; } = [];

    public EnquiryFocus? Focus { get; set; }

    public DateOnly? SubmittedOn { get; set; }
}

/// <summary>The review plan as the lead reviewer proposed it (and the facilitator adjusted it).</summary>
public sealed class ReviewPlanState
{
    public List<DateOnly> VisitDays { get; set; } = [];

    [AuditRedacted]
    public string? EvidencePlan { get; set; }

    public bool TeamConfirmed { get; set; }

    public DateOnly? ProposedOn { get; set; }

    public DateOnly? AgreedOn { get; set; }
}

/// <summary>The close: each of the headteacher and the facilitator confirms once, with a summary.</summary>
public sealed class CloseRecord
{
    public Guid? HeadteacherConfirmedBy { get; set; }

    public Guid? FacilitatorConfirmedBy { get; set; }

    [AuditRedacted]
    public string? Summary { get; set; }

    public DateOnly? ClosedOn { get; set; }
}

/// <summary>One stage move, reopening or correction, with who did it and when.</summary>
public sealed record StageChange(DateTimeOffset At, Guid By, string Action, CycleStage From, CycleStage To);

/// <summary>The retention purge of a closed cycle: when it ran and how many attachment records it removed (the other records keep their place).</summary>
public sealed record EvidencePurge(DateTimeOffset PurgedAt, int Attachments);
