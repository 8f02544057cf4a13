using System.Globalization;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Rounds;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Schools.Support;

namespace Spp.Improvement.Tests.Cycles.Support;

/// <summary>
/// A partnership of four schools in a fresh tenant with one cycle's people: the school reviewed
/// (<see cref="Urn"/>), a lead reviewer and a reviewer from partner schools, a facilitator, and a
/// champion-to-be from the fourth school. Ids are fresh per world, so tests never share a cycle.
/// </summary>
/// <param name="today">Today's date where the world lives: the round window is around it.</param>
public sealed class CycleWorld(DateOnly? today = null)
{
    private readonly DateOnly _today = today ?? DateOnly.FromDateTime(CycleGrainHost.Start.UtcDateTime);

    public Guid TenantId { get; } = Guid.CreateVersion7();

    public Guid PartnershipId { get; } = Guid.CreateVersion7();

    public Guid RoundId { get; } = Guid.CreateVersion7();

    public Guid CycleId { get; } = Guid.CreateVersion7();

    public int Urn { get; } = RegisterData.NewUrn();

    public int LeadUrn { get; } = RegisterData.NewUrn();

    public int ReviewerUrn { get; } = RegisterData.NewUrn();

    public int ChampionUrn { get; } = RegisterData.NewUrn();

    public IReadOnlyList<int> PartnerUrns => [Urn, LeadUrn, ReviewerUrn, ChampionUrn];

    public Guid Headteacher { get; } = Guid.CreateVersion7();

    public Guid SeniorLeader { get; } = Guid.CreateVersion7();

    public Guid StaffMember { get; } = Guid.CreateVersion7();

    public Guid LeadReviewer { get; } = Guid.CreateVersion7();

    public Guid Reviewer { get; } = Guid.CreateVersion7();

    public Guid Facilitator { get; } = Guid.CreateVersion7();

    public Guid Champion { get; } = Guid.CreateVersion7();

    public Guid TenantAdmin { get; } = Guid.CreateVersion7();

    public Guid PartnerTeacher { get; } = Guid.CreateVersion7();

    public RotaEntry Team => new(Urn, new ReviewerView(LeadReviewer, LeadUrn), [new ReviewerView(Reviewer, ReviewerUrn)]);

    /// <summary>The round window: a month before today to five months after.</summary>
    public DateOnly WindowStarts => _today.AddDays(-30);

    public DateOnly WindowEnds => WindowStarts.AddDays(180);

    /// <summary>Registers and enrols the school reviewed, with its headteacher, a senior leader and a member of staff.</summary>
    public async Task EnrolSchoolAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ISchoolGrain>(Urn.ToString(CultureInfo.InvariantCulture)).Register(RegisterData.Of(Urn));
        var enrolment = grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(TenantId, Urn));
        await enrolment.Enrol();
        await enrolment.SetStaffMember(Headteacher, SchoolRole.Headteacher);
        await enrolment.SetStaffMember(SeniorLeader, SchoolRole.SeniorLeader);
        await enrolment.SetStaffMember(StaffMember, SchoolRole.Staff);
    }

    public CycleOpening Opening(RotaEntry? team = null) =>
        new(TenantId, PartnershipId, RoundId, "2026–27 round 1", Urn, PartnerUrns, Facilitator, team ?? Team, WindowStarts, WindowEnds);

    /// <summary>The caller as the token describes <paramref name="personId"/>: a member of the cycle's school for its staff, of a partner school otherwise.</summary>
    public CycleCaller As(Guid personId, Guid? tenantId = null)
    {
        int[] urns =
            personId == Headteacher || personId == SeniorLeader || personId == StaffMember ? [Urn]
            : personId == LeadReviewer ? [LeadUrn]
            : personId == Reviewer ? [ReviewerUrn]
            : personId == Champion || personId == PartnerTeacher ? [ChampionUrn]
            : [];
        return new CycleCaller(personId, tenantId ?? TenantId, IsTenantAdmin: personId == TenantAdmin, urns);
    }
}
