using Spp.Improvement.Enrolments;
using Spp.Improvement.People;

namespace Spp.Improvement.Rounds;

/// <summary>A member school of the partnership and its staff, as the rota needs them.</summary>
public sealed record PartnerSchool(int Urn, IReadOnlyList<StaffMemberView> Staff)
{
    /// <summary>Headteachers and senior leaders: the people who may review another school.</summary>
    public IEnumerable<StaffMemberView> Leaders => Staff.Where(s => s.Role is SchoolRole.Headteacher or SchoolRole.SeniorLeader);

    /// <summary>True when <paramref name="personId"/> is on the school's staff in any role.</summary>
    public bool HasStaffMember(Guid personId) => Staff.Any(s => s.PersonId == personId);

    /// <summary>True when <paramref name="personId"/> is a headteacher or senior leader of the school.</summary>
    public bool HasLeader(Guid personId) => Leaders.Any(s => s.PersonId == personId);
}
