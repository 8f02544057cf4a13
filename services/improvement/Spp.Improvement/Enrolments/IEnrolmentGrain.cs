using System.Globalization;
using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Enrolments;

/// <summary>
/// One tenant's enrolment of one school, keyed by <see cref="EnrolmentKey.For"/>: status, the
/// partnership the school is in now (one at a time, history kept) and the school's staff.
/// </summary>
public interface IEnrolmentGrain : IGrainWithStringKey
{
    /// <summary>The enrolment; <see cref="GrainNotFoundException"/> when the tenant never enrolled the school.</summary>
    [ReadOnly]
    Task<EnrolmentView> Get();

    /// <summary>Puts the school in a partnership; rule <c>school-in-another-partnership</c> when it is in one already; idempotent for the same one.</summary>
    Task<EnrolmentView> JoinPartnership(Guid partnershipId);

    /// <summary>Takes the school out of the partnership, keeping the history; idempotent.</summary>
    Task<EnrolmentView> LeavePartnership(Guid partnershipId);

    /// <summary>Sets (or with null removes) a person's role in the school's staff; called when memberships change.</summary>
    Task<EnrolmentView> SetStaffMember(Guid personId, SchoolRole? role);
}

/// <summary>The key of an <see cref="IEnrolmentGrain"/>.</summary>
public static class EnrolmentKey
{
    /// <summary>The enrolment of school <paramref name="urn"/> by tenant <paramref name="tenantId"/>.</summary>
    public static string For(Guid tenantId, int urn) => string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}/{urn}");
}

/// <summary>A tenant's enrolment of a school.</summary>
/// <param name="PartnershipId">The partnership the school is in now, or null.</param>
public sealed record EnrolmentView(
    Guid TenantId,
    int Urn,
    string SchoolName,
    EnrolmentStatus Status,
    Guid? PartnershipId,
    IReadOnlyList<StaffMemberView> Staff,
    IReadOnlyList<EnrolmentHistoryEntry> History,
    string ETag)
{
    /// <summary>People who lead the school: its headteacher(s).</summary>
    public IEnumerable<Guid> Headteachers => Staff.Where(s => s.Role == SchoolRole.Headteacher).Select(s => s.PersonId);

    /// <summary>Headteachers and senior leaders.</summary>
    public IEnumerable<Guid> Leaders => Staff.Where(s => s.Role is SchoolRole.Headteacher or SchoolRole.SeniorLeader).Select(s => s.PersonId);
}

/// <summary>Whether the tenant's enrolment of the school is current.</summary>
public enum EnrolmentStatus
{
    /// <summary>Enrolled now.</summary>
    Active,

    /// <summary>Withdrawn by the tenant or transferred to another tenant; kept for history.</summary>
    Ended,
}

/// <summary>A member of a school's staff.</summary>
public sealed record StaffMemberView(Guid PersonId, SchoolRole Role);

/// <summary>Something that happened to an enrolment, kept for history.</summary>
public sealed record EnrolmentHistoryEntry(DateTimeOffset At, string What, Guid? PartnershipId);
