using Spp.Improvement.Schools;

namespace Spp.Improvement.Tests.Schools.Support;

/// <summary>Register data for tests.</summary>
internal static class RegisterData
{
    private static int _next = 2_000_000 + Random.Shared.Next(0, 1_000_000);

    /// <summary>A URN no other test in this run uses.</summary>
    public static int NewUrn() => Interlocked.Increment(ref _next);

    public static SchoolRegisterData Of(int urn, string name = "Hillside Primary School", string status = "Open") =>
        new(urn, name, EducationPhase.Primary, "Leeds", "Yorkshire and the Humber", "Northern Lights Trust", status, new DateOnly(1998, 9, 1), null);
}
