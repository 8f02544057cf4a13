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

    /// <summary>
    /// Enrols the school with the tenant of this key, holding it at the <see cref="Schools.ISchoolGrain"/> first
    /// (rules <c>school-not-in-register</c>, <c>school-enrolled-elsewhere</c>, <c>school-closed</c>). Idempotent
    /// while enrolled; after a withdrawal it enrols the school again, history kept.
    /// </summary>
    Task<EnrolmentView> Enrol();

    /// <summary>Ends the enrolment; rule <c>school-in-partnership</c> while the school is in a partnership; 409 once ended.</summary>
    Task<EnrolmentView> Withdraw(string? ifMatch);

    /// <summary>Ends the enrolment because the national team moves the school to <paramref name="toTenantId"/>; idempotent for that transfer.</summary>
    Task<EnrolmentView> EndByTransfer(Guid toTenantId);

    /// <summary>Enrols the school as the receiving end of a transfer from <paramref name="fromTenantId"/>; idempotent.</summary>
    Task<EnrolmentView> EnrolByTransfer(Guid fromTenantId);
}

/// <summary>The key of an <see cref="IEnrolmentGrain"/>.</summary>
public static class EnrolmentKey
{
    /// <summary>The enrolment of school <paramref name="urn"/> by tenant <paramref name="tenantId"/>.</summary>
    public static string For(Guid tenantId, int urn) => string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}/{urn}");

    /// <summary>The tenant and URN a key names; false for a key <see cref="For"/> did not make.</summary>
    public static bool TryParse(string key, out Guid tenantId, out int urn)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        urn = 0;
        tenantId = Guid.Empty;
        return slash > 0
            && Guid.TryParseExact(key.AsSpan(0, slash), "N", out tenantId)
            && int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out urn)
            && urn > 0;
    }
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
/// <param name="What">One of the <see cref="EnrolmentHistory"/> names, e.g. <c>enrolled</c>.</param>
public sealed record EnrolmentHistoryEntry(DateTimeOffset At, string What, Guid? PartnershipId);
