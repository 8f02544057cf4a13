using Spp.Improvement.Actions;
using Spp.Improvement.Cycles;
using Spp.Improvement.Policies;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>
/// One school's cycle with its people, as the cycle, the enrolments and the partnership would describe
/// them: the headteacher, a senior leader and a member of staff of the school, the Improvement
/// Champion, a reviewer and the facilitator, the headteacher of a partner school, and an outsider.
/// </summary>
internal sealed class PlanScenario
{
    public const int Urn = 100_001;
    public const int PartnerUrn = 100_002;
    public const int OtherPartnerUrn = 100_003;
    public const int OutsideUrn = 199_999;

    public Guid CycleId { get; } = Guid.NewGuid();

    public Guid TenantId { get; init; } = Guid.NewGuid();

    public Guid Headteacher { get; } = Guid.NewGuid();

    public Guid Leader { get; } = Guid.NewGuid();

    public Guid Staff { get; } = Guid.NewGuid();

    public Guid Champion { get; } = Guid.NewGuid();

    public Guid Reviewer { get; } = Guid.NewGuid();

    public Guid Facilitator { get; } = Guid.NewGuid();

    public Guid PartnerHead { get; } = Guid.NewGuid();

    public Guid Outsider { get; } = Guid.NewGuid();

    public CycleStage Stage { get; set; } = CycleStage.ActionPlan;

    public bool IsPaused { get; set; }

    /// <summary>Today's term in the default England calendar, as a tenant that never set its own has it.</summary>
    public SchoolTerm? CurrentTerm { get; set; } = EnglandTerms.Around(Today).Single(t => t.Starts <= Today && Today <= t.Ends);

    public PlanCycle Cycle => new(CycleId, TenantId, Urn, [Urn, PartnerUrn, OtherPartnerUrn], Stage, IsPaused, CurrentTerm);

    private static DateOnly Today => LondonCalendar.Today(TimeProvider.System);

    public IReadOnlyList<Guid> SchoolStaff => [Headteacher, Leader, Staff];

    public PlanActor As(Guid person) => new(person, Cycle, RolesOf(person), SchoolStaff, person == PartnerHead ? [PartnerUrn] : []);

    /// <summary>The same person as seen from another tenant (same ids, another tenant's token).</summary>
    public PlanActor FromAnotherTenant(Guid person) => As(person) with { Cycle = Cycle with { TenantId = Guid.NewGuid() } };

    private PlanRoles RolesOf(Guid person) =>
        person == Headteacher ? new PlanRoles(IsHeadteacher: true, IsSchoolLeader: true, false, false, SeesFindings: true)
        : person == Leader ? new PlanRoles(false, IsSchoolLeader: true, false, false, SeesFindings: true)
        : person == Champion ? new PlanRoles(false, false, IsChampion: true, false, SeesFindings: true)
        : person == Facilitator ? new PlanRoles(false, false, false, IsFacilitator: true, SeesFindings: true)
        : person == Reviewer ? new PlanRoles(false, false, false, false, SeesFindings: true)
        : PlanRoles.None;
}
