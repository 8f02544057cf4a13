using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>An item a member of staff proposed for the self-review's long list of possible areas of focus.</summary>
public sealed record LongListItem(Guid Id, [property: AuditRedacted] string Text, Guid ProposedBy, DateTimeOffset ProposedAt);

/// <summary>The enquiry focus chosen from the long list, with its question(s).</summary>
public sealed record EnquiryFocus([property: AuditRedacted] string Focus, IReadOnlyList<EnquiryQuestion> Questions, IReadOnlyList<Guid> FromLongList);

/// <summary>An enquiry question: the words as asked, and the bank question (and version) it came from, if any.</summary>
public sealed record EnquiryQuestion([property: AuditRedacted] string Text, Guid? QuestionId, int? QuestionVersion);

/// <summary>What kind of "small data" a piece of evidence is.</summary>
public enum EvidenceKind
{
    /// <summary>Watching learning or practice.</summary>
    Observation,

    /// <summary>Talking with pupils.</summary>
    PupilVoice,

    /// <summary>Talking with staff.</summary>
    StaffConversation,

    /// <summary>A document or data the school shared.</summary>
    DocumentOrData,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A piece of evidence recorded on the visit. The note may mention pupils: it never leaves the cycle.</summary>
public sealed record EvidenceRecord(Guid Id, EvidenceKind Kind, [property: AuditRedacted] string Note, [property: AuditRedacted] string EnquiryLine, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>What kind of finding: SPP is not graded, so there are only strengths and areas to explore.</summary>
public enum FindingKind
{
    /// <summary>Something the school does well.</summary>
    Strength,

    /// <summary>Something the school might look into.</summary>
    AreaToExplore,
}

/// <summary>A finding, tied to the evidence it rests on.</summary>
public sealed record Finding(Guid Id, FindingKind Kind, [property: AuditRedacted] string Text, IReadOnlyList<Guid> EvidenceIds, Guid DraftedBy);

/// <summary>Who beyond the cycle's own people may read its findings and evidence (the headteacher decides).</summary>
public sealed record FindingsSharing(IReadOnlyList<Guid> PersonIds, bool Partnership, bool TenantAdmins);

/// <summary>The Improvement Champion and the partner school they come from.</summary>
public sealed record ChampionAssignment(Guid PersonId, int Urn);

/// <summary>Who took part in the workshop, by role (no names needed).</summary>
public sealed record WorkshopParticipants(int Count, IReadOnlyList<string> Roles);

/// <summary>The improvement workshop as the Improvement Champion recorded it.</summary>
public sealed record WorkshopRecord(DateOnly HeldOn, WorkshopParticipants Participants, [property: AuditRedacted] IReadOnlyList<string> Priorities, Guid RecordedBy);
