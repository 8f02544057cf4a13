using Spp.Improvement.Enrolments;

namespace Spp.Improvement.Cycles;

/// <summary>
/// What one caller is on one cycle, worked out from the cycle's state and the school's staff on each
/// request (never stored, never from the token), and what that lets them read.
/// </summary>
internal sealed record CycleRoles(
    Guid PersonId,
    bool IsHeadteacher,
    bool IsSchoolLeader,
    bool IsSchoolStaff,
    bool IsLeadReviewer,
    bool IsReviewer,
    bool IsChampion,
    bool IsFacilitator,
    bool IsTenantAdmin,
    bool IsPartnerSchoolMember)
{
    /// <summary>The cycle's own people: they see the whole cycle.</summary>
    public bool IsCyclePerson => IsSchoolLeader || IsLeadReviewer || IsReviewer || IsChampion || IsFacilitator;

    /// <summary>The lead reviewer or a reviewer.</summary>
    public bool IsOnReviewTeam => IsLeadReviewer || IsReviewer;

    public static CycleRoles Of(CycleState state, Guid personId, EnrolmentView? enrolment, CycleCaller? caller)
    {
        var staffRole = enrolment?.Staff.FirstOrDefault(s => s.PersonId == personId);
        var isLeader = enrolment is not null && enrolment.Leaders.Contains(personId);
        var urns = caller?.PersonId == personId ? caller.SchoolUrns : [];
        return new CycleRoles(
            personId,
            IsHeadteacher: enrolment is not null && enrolment.Headteachers.Contains(personId),
            IsSchoolLeader: isLeader,
            IsSchoolStaff: staffRole is not null || urns.Contains(state.Urn),
            IsLeadReviewer: state.Team.LeadReviewer?.PersonId == personId,
            IsReviewer: state.Team.Reviewers.Any(r => r.PersonId == personId),
            IsChampion: state.Champion?.PersonId == personId,
            IsFacilitator: state.FacilitatorId == personId,
            IsTenantAdmin: caller?.PersonId == personId && caller.IsTenantAdmin,
            IsPartnerSchoolMember: urns.Any(u => u != state.Urn && state.PartnerUrns.Contains(u)));
    }

    /// <summary>How much of the cycle these roles may read.</summary>
    public CycleAccess Access =>
        IsCyclePerson ? CycleAccess.Whole
        : IsTenantAdmin ? CycleAccess.People
        : IsSchoolStaff ? CycleAccess.Staff
        : IsPartnerSchoolMember ? CycleAccess.Outline
        : CycleAccess.None;

    /// <summary>True when these roles may read findings and evidence, given what the headteacher shared.</summary>
    public bool SeesFindings(FindingsSharing sharing) =>
        IsCyclePerson
        || sharing.PersonIds.Contains(PersonId)
        || (sharing.Partnership && IsPartnerSchoolMember)
        || (sharing.TenantAdmins && IsTenantAdmin);

    public CycleParticipation ToParticipation(FindingsSharing sharing) =>
        new(IsHeadteacher, IsSchoolLeader, IsLeadReviewer, IsReviewer, IsChampion, IsFacilitator, SeesFindings(sharing));
}
