using System.Globalization;
using Spp.Improvement.Schools;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Schools.Support;

/// <summary>The improvement domain over a SQLite file, with a way to register a school no other test uses.</summary>
public sealed class RegisterGrainHost() : DomainGrainHost("school-register-grains")
{
    /// <summary>Registers a new school with a URN no other test uses.</summary>
    public async Task<SchoolRegisterData> RegisterAsync(string name = "Hillside Primary School", string status = "Open")
    {
        var data = RegisterData.Of(RegisterData.NewUrn(), name, status);
        await Grains.GetGrain<ISchoolGrain>(data.Urn.ToString(CultureInfo.InvariantCulture)).Register(data);
        return data;
    }
}
