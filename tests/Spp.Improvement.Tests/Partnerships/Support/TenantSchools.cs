using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.People;
using Spp.Improvement.Schools;

namespace Spp.Improvement.Tests.Partnerships.Support;

/// <summary>Schools in the register, enrolled with a tenant and staffed, through their grains.</summary>
internal static class TenantSchools
{
    private static int _next = 3_000_000 + Random.Shared.Next(0, 1_000_000);

    /// <summary>A URN no other test in this run uses.</summary>
    public static int NewUrn() => Interlocked.Increment(ref _next);

    /// <summary>Registers a new school, enrols it with <paramref name="tenantId"/> and gives it a headteacher and <paramref name="seniorLeaders"/> senior leaders.</summary>
    public static async Task<EnrolledSchool> EnrolAsync(IGrainFactory grains, Guid tenantId, int seniorLeaders = 1)
    {
        var urn = NewUrn();
        await grains.GetGrain<ISchoolGrain>(urn.ToString(System.Globalization.CultureInfo.InvariantCulture)).Register(
            new SchoolRegisterData(urn, $"School {urn}", EducationPhase.Primary, "Leeds", "Yorkshire and the Humber", null, "Open", new DateOnly(1998, 9, 1), null));
        var enrolment = grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn));
        await enrolment.Enrol();
        var head = Guid.CreateVersion7();
        await enrolment.SetStaffMember(head, SchoolRole.Headteacher);
        var seniors = new List<Guid>();
        for (var i = 0; i < seniorLeaders; i++)
        {
            var senior = Guid.CreateVersion7();
            await enrolment.SetStaffMember(senior, SchoolRole.SeniorLeader);
            seniors.Add(senior);
        }

        var teacher = Guid.CreateVersion7();
        await enrolment.SetStaffMember(teacher, SchoolRole.Staff);
        return new EnrolledSchool(urn, head, seniors, teacher);
    }
}

/// <summary>An enrolled school and its people.</summary>
internal sealed record EnrolledSchool(int Urn, Guid Headteacher, IReadOnlyList<Guid> SeniorLeaders, Guid Teacher);
